import Foundation
import Mestring
import MestringFHIR
import Testing

/// A directory's own FHIR resources, written by hand after the FHIR specification's
/// HealthcareService example, import as far as Mestring has a place for them, with a report of
/// everything else.
@Suite("FHIR import of foreign resources")
struct FHIRForeignImportTests {
    static let bundle = """
        {
          "resourceType": "Bundle",
          "type": "searchset",
          "total": 4,
          "entry": [
            {
              "fullUrl": "https://katalog.example.no/fhir/Organization/lms-vestre",
              "resource": {
                "resourceType": "Organization",
                "id": "lms-vestre",
                "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.101", "value": "983974724"}],
                "active": true,
                "name": "Lærings- og mestringssenteret, Vestre sykehus",
                "telecom": [{"system": "phone", "value": "+47 55 00 00 00"}, {"system": "fax", "value": "+47 55 00 00 01"}],
                "address": [{"line": ["Sykehusveien 1"], "city": "Bergen"}]
              }
            },
            {
              "fullUrl": "https://katalog.example.no/fhir/Location/bergen",
              "resource": {
                "resourceType": "Location",
                "id": "bergen",
                "name": "Bergen",
                "address": {
                  "district": "Bergen",
                  "_district": {"extension": [{"url": "http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode",
                    "valueCoding": {"system": "urn:oid:2.16.578.1.12.4.1.1.3402", "code": "4601"}}]}
                }
              }
            },
            {
              "fullUrl": "https://katalog.example.no/fhir/HealthcareService/kols-kurs",
              "resource": {
                "resourceType": "HealthcareService",
                "id": "kols-kurs",
                "active": true,
                "providedBy": {"reference": "Organization/lms-vestre", "display": "LMS Vestre"},
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/service-category", "code": "8", "display": "Counselling"}]}],
                "specialty": [{"coding": [{"system": "http://snomed.info/sct", "code": "394587001", "display": "Psychiatry"}]}],
                "name": "Kurs for pasienter med KOLS",
                "comment": "Fire samlinger om å leve med KOLS.",
                "extraDetails": "Ta med matpakke.",
                "photo": {"contentType": "image/png", "url": "https://katalog.example.no/kols.png"},
                "telecom": [{"system": "url", "value": "https://katalog.example.no/kols"}],
                "coverageArea": [{"reference": "Location/bergen", "display": "Bergen"}],
                "serviceProvisionCode": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/service-provision-conditions", "code": "free"}]}],
                "eligibility": [{"comment": "Henvisning fra fastlege eller sykehuslege."}],
                "program": [{"text": "Helse Vest lærings- og mestringsprogram"}],
                "communication": [{"coding": [{"system": "urn:ietf:bcp:47", "code": "nb"}]}, {"text": "tegnspråk"}],
                "referralMethod": [{"coding": [{"code": "phone"}]}],
                "appointmentRequired": true,
                "availableTime": [{"daysOfWeek": ["tue"], "availableStartTime": "18:00:00", "availableEndTime": "20:00:00"}],
                "notAvailable": [{"description": "Juleferie", "during": {"start": "2026-12-20", "end": "2027-01-03"}}],
                "availabilityExceptions": "Ikke i skoleferier."
              }
            },
            {
              "resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": "Nordmann"}]}
            }
          ]
        }
        """

    @Test("a plain directory bundle loads, with a report of every element that has no place")
    func importsWithReport() throws {
        let (catalog, report) = try FHIRCatalogCoder().decodeWithReport(Data(Self.bundle.utf8), file: "katalog.json")
        let provider = try #require(catalog.providers.first)
        #expect(provider.id == "lms-vestre")
        #expect(provider.organisationNumber == "983974724")
        #expect(provider.phone == "+47 55 00 00 00")
        #expect(provider.kind == nil, "a provider kind the bundle does not state stays not stated")
        let offer = try #require(catalog.offers.first)
        #expect(offer.id == "kols-kurs")
        #expect(offer.title == "Kurs for pasienter med KOLS")
        #expect(offer.summary == "Fire samlinger om å leve med KOLS.")
        #expect(offer.provider == "lms-vestre")
        #expect(offer.kind == nil && offer.format == nil && offer.focus == nil && offer.method == nil)
        #expect(offer.municipalities == ["4601"])
        #expect(offer.languages == ["nb"])
        #expect(offer.price == .free)
        #expect(offer.website == "https://katalog.example.no/kols")
        #expect(offer.eligibility?.notes == "Henvisning fra fastlege eller sykehuslege.")
        #expect(offer.schedule?.notes == "Ikke i skoleferier.")
        #expect(report.skippedResources == ["Patient": 1])
        let reported = Set(report.unmappedElements.map { "\($0.resourceType).\($0.path)" })
        for element in [
            "Bundle.total", "Organization.active", "Organization.telecom[1]", "Organization.address",
            "HealthcareService.active", "HealthcareService.category[0]", "HealthcareService.specialty", "HealthcareService.extraDetails",
            "HealthcareService.photo", "HealthcareService.program[0]", "HealthcareService.communication[1]",
            "HealthcareService.referralMethod", "HealthcareService.appointmentRequired", "HealthcareService.availableTime",
            "HealthcareService.notAvailable",
        ] {
            #expect(reported.contains(element), "not reported: \(element)")
        }
        #expect(!reported.contains { $0.hasPrefix("Patient") }, "a skipped resource is counted, not itemised")
        #expect(report.unmappedElements.first { $0.path == "photo" }?.resourceIndex == 2)
    }

    @Test("a resource with a wrong type fails with the resource, its index and the element path")
    func malformedBundle() throws {
        let broken = Self.bundle.replacingOccurrences(of: "\"appointmentRequired\": true", with: "\"appointmentRequired\": \"ja\"")
        let error = try #require(throws: StoreError.self) { try FHIRCatalogCoder().decode(Data(broken.utf8), file: "katalog.json") }
        #expect(error.kind == .malformedData)
        #expect(error.field == "entry[2].resource.appointmentRequired")
        #expect(error.message.contains("HealthcareService entry[2]"))
        #expect(error.message.contains("true or false"))
        #expect(error.file == "katalog.json")
        #expect(error.line != nil)
    }

    @Test("an unknown code in a Mestring code system is an error, not a guess")
    func unknownMestringCode() throws {
        let line = """
            {"resourceType":"HealthcareService","identifier":[{"system":"https://mestring.no/fhir/NamingSystem/offer-id","value":"x"}],"category":[{"coding":[{"system":"https://mestring.no/fhir/CodeSystem/offer-kind","code":"party"}]}]}
            """
        let error = try #require(throws: StoreError.self) {
            try FHIRCatalogCoder(format: .ndjson).decode(Data(("\n" + line + "\n").utf8), file: "tilbud.ndjson")
        }
        #expect(error.line == 2)
        #expect(error.field == "category[0].coding[0]")
        #expect(error.message.contains("unknown offer kind \"party\""))
    }

    @Test("NDJSON with a broken line names the line")
    func brokenLine() throws {
        let text = "{\"resourceType\":\"Location\",\"id\":\"a\"}\n\n{\"resourceType\":\"Location\",\"name\":12}\n"
        let error = try #require(throws: StoreError.self) { try FHIRCatalogCoder(format: .ndjson).decode(Data(text.utf8), file: "x.ndjson") }
        #expect(error.line == 3)
        #expect(error.field == "name")
        #expect(error.message.contains("Location on line 3"))
    }

    @Test("NDJSON reports each element without a place at its resource's index, blank lines not counted")
    func ndjsonReport() throws {
        let text = """
            {"resourceType":"Location","id":"a","name":"Bergen"}

            {"resourceType":"HealthcareService","id":"kurs","name":"Kurs","photo":{"url":"https://x.example/p.png"},"active":true}

            """
        let (catalog, report) = try FHIRCatalogCoder(format: .ndjson).decodeWithReport(Data(text.utf8), file: "x.ndjson")
        #expect(catalog.offers.map(\.id) == ["kurs"])
        let photo = try #require(report.unmappedElements.first { $0.path == "photo" })
        #expect(photo.resourceIndex == 1)
        #expect(photo.resourceType == "HealthcareService")
        #expect(report.unmappedElements.contains { $0.path == "active" && $0.resourceIndex == 1 })
    }

    @Test("an NDJSON line with two resources is refused with its line, not read as two")
    func twoResourcesOnALine() throws {
        let text = "{\"resourceType\":\"Location\",\"id\":\"a\"}\n{\"resourceType\":\"Location\",\"id\":\"b\"},{\"resourceType\":\"Location\",\"id\":\"c\"}\n"
        let error = try #require(throws: StoreError.self) { try FHIRCatalogCoder(format: .ndjson).decode(Data(text.utf8), file: "x.ndjson") }
        #expect(error.line == 2)
        #expect(error.message.contains("each line must be one whole resource"))
    }

    @Test("a large import (read in parallel) reports in input order and fails at the first broken resource")
    func largeImportInOrder() throws {
        func service(_ number: Int, kind: String = "peer-group") -> String {
            """
            {"resourceType":"HealthcareService","id":"s\(number)","name":"Kurs \(number)","active":true,"photo":{"url":"https://x.example/\(number).png"},\
            "category":[{"coding":[{"system":"https://mestring.no/fhir/CodeSystem/offer-kind","code":"\(kind)"}]}]}
            """
        }
        let count = 3000
        let text = (0..<count).map { service($0) }.joined(separator: "\n")
        let (catalog, report) = try FHIRCatalogCoder(format: .ndjson).decodeWithReport(Data(text.utf8), file: "x.ndjson")
        #expect(catalog.offers.map(\.id.rawValue) == (0..<count).map { "s\($0)" })
        for path in ["active", "photo"] {
            let indices = report.unmappedElements.filter { $0.path == path }.map(\.resourceIndex)
            #expect(indices == (0..<count).map { $0 }, "\(path) is not reported once per resource, in input order")
        }
        #expect(report.unmappedElements.count == 2 * count)

        var lines = (0..<count).map { service($0) }
        lines[1700] = service(1700, kind: "party")
        lines[2900] = service(2900, kind: "feast")
        let error = try #require(throws: StoreError.self) {
            try FHIRCatalogCoder(format: .ndjson).decode(Data(lines.joined(separator: "\n").utf8), file: "x.ndjson")
        }
        #expect(error.line == 1701)
        #expect(error.message.contains("\"party\""))
    }

    /// `count` foreign services with elements that have no place, as a bundle: one entry a line
    /// (the layout Mestring writes, read in parts) or all on one line (read as one document).
    static func largeBundle(_ count: Int, oneEntryALine: Bool, replacing entry: (index: Int, text: String)? = nil) -> Data {
        let entries = (0..<count).map { number in
            if let entry, entry.index == number { return entry.text }
            return """
                {"fullUrl":"urn:uuid:s\(number)","request":{"method":"PUT"},"resource":{"resourceType":"HealthcareService","id":"s\(number)",\
                "name":"Kurs \(number)","active":true,"photo":{"url":"https://x.example/\(number).png"}}}
                """
        }
        let head = #"{"resourceType":"Bundle","type":"collection","total":\#(count),"entry":["#
        let separator = oneEntryALine ? ",\n" : ","
        return Data((head + (oneEntryALine ? "\n" : "") + entries.joined(separator: separator) + (oneEntryALine ? "\n]}\n" : "]}")).utf8)
    }

    @Test("a bundle written one entry a line (read in parts) reads exactly as the same bundle in another layout")
    func bundleOneEntryALine() throws {
        let count = 2500
        let (parted, partedReport) = try FHIRCatalogCoder().decodeWithReport(Self.largeBundle(count, oneEntryALine: true), file: "k.json")
        let (whole, wholeReport) = try FHIRCatalogCoder().decodeWithReport(Self.largeBundle(count, oneEntryALine: false), file: "k.json")
        #expect(parted == whole)
        #expect(partedReport == wholeReport)
        #expect(parted.offers.map(\.id.rawValue) == (0..<count).map { "s\($0)" })
        #expect(partedReport.unmappedElements.contains { $0.description == "Bundle.total: no place in Mestring" })
        #expect(partedReport.unmappedElements.contains { $0.resourceIndex == nil && $0.path == "entry[2400].request" })
        for path in ["active", "photo"] {
            #expect(partedReport.unmappedElements.filter { $0.path == path }.map(\.resourceIndex) == (0..<count).map { $0 })
        }
    }

    @Test("a broken entry of a bundle written one entry a line is named with its index, path and line")
    func brokenEntryOneALine() throws {
        let broken = #"{"fullUrl":"urn:uuid:x","resource":{"resourceType":"HealthcareService","id":"x","name":12}}"#
        let error = try #require(throws: StoreError.self) {
            try FHIRCatalogCoder().decode(Self.largeBundle(2500, oneEntryALine: true, replacing: (2100, broken)), file: "k.json")
        }
        #expect(error.field == "entry[2100].resource.name")
        #expect(error.message.contains("HealthcareService entry[2100]"))
        #expect(error.line == 2102)
        let unclosed = String(broken.dropLast())
        let syntax = try #require(throws: StoreError.self) {
            try FHIRCatalogCoder().decode(Self.largeBundle(2500, oneEntryALine: true, replacing: (1300, unclosed)), file: "k.json")
        }
        #expect(syntax.kind == .malformedData)
        #expect(syntax.line == 1303, "the entry after the unclosed one")
    }

    @Test("a JSON document that is not a Bundle is refused as such")
    func notABundle() throws {
        let error = try #require(throws: StoreError.self) {
            try FHIRCatalogCoder().decode(Data("{\"resourceType\": \"Patient\"}".utf8), file: "p.json")
        }
        #expect(error.kind == .unsupportedVersion)
    }
}
