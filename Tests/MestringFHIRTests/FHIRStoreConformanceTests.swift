import Foundation
import Mestring
import MestringConformance
import MestringFHIR
import MestringTestSupport
import Testing

@Suite("FHIR store conformance")
struct FHIRStoreConformanceTests {
    @Test("the Bundle store keeps every catalogue exactly", arguments: ConformanceCheck.allCases)
    func bundle(_ check: ConformanceCheck) async throws {
        try await verify(check, format: .bundle, garbage: "{\"resourceType\": \"Bundle\", \"entry\": [")
    }

    @Test("the NDJSON store keeps every catalogue exactly", arguments: ConformanceCheck.allCases)
    func ndjson(_ check: ConformanceCheck) async throws {
        try await verify(check, format: .ndjson, garbage: "{\"resourceType\": \"HealthcareService\", \"name\": 12}\n")
    }

    private func verify(_ check: ConformanceCheck, format: FHIRCatalogFormat, garbage: String) async throws {
        let folder = try TemporaryFolder()
        try await StoreConformance(corrupt: { store in try Data(garbage.utf8).write(to: store.file.url) }) { seed in
            // Conformance asks for everything back, personal data included, so it is asked for.
            let store = FHIRCatalogStore(fileURL: folder.url.appending(path: "catalog.fhir"), format: format, includesPersonalData: true)
            try await store.save(seed)
            return store
        }.verify(check)
    }
}
