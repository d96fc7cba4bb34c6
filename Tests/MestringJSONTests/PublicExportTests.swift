import Foundation
import Mestring
import MestringJSON
import Testing

/// A published catalogue must not let anyone identify a person who has not consented to be listed:
/// checked on the example catalogues as the JSON adapter writes them.
@Suite("Public export")
struct PublicExportTests {
    static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Documentation/Examples")

    static func load(_ name: String) throws -> Catalog {
        try JSONCatalogCoder().decode(Data(contentsOf: examples.appending(path: name)), file: name)
    }

    /// Everything in a person's record that names them or tells about their health.
    static func identifyingTexts(of person: Person) -> [String] {
        var texts = [person.id.rawValue, person.name.value]
        texts += [person.contact?.phone, person.contact?.email].compactMap { $0?.value }
        texts += person.livedExperience.compactMap(\.notes?.value)
        return texts.filter { !$0.isEmpty }
    }

    @Test(arguments: ["catalog.json", "catalog-broken.json"])
    func theExportNamesNoPersonWhoHasNotConsented(_ name: String) throws {
        let catalog = try Self.load(name)
        let unlisted = catalog.people.filter { !$0.listingConsent }
        #expect(!unlisted.isEmpty, "the example should show an unlisted person")
        // Both ways a publisher gets the export: the catalogue's own, and the adapter's option.
        let written = [
            try JSONCatalogCoder().encode(catalog.publicExport()),
            try JSONCatalogCoder(includesPersonalData: false).encode(catalog),
        ]
        for data in written {
            let text = String(decoding: data, as: UTF8.self)
            for person in unlisted {
                for identifying in Self.identifyingTexts(of: person) {
                    #expect(!text.contains(identifying), "\(name): the export still names or describes \(person.role) \(unlisted.firstIndex(of: person) ?? -1) of the unlisted people")
                }
            }
            let exported = try JSONCatalogCoder().decode(data, file: name)
            for (original, published) in zip(catalog.people, exported.people) where !original.listingConsent {
                #expect(published.livedExperience.allSatisfy { $0.diagnoses.isEmpty && $0.notes == nil })
                let kinds = original.livedExperience.map(\.kind).reduce(into: [LivedExperienceKind]()) { kinds, kind in
                    if !kinds.contains(kind) { kinds.append(kind) }
                }
                #expect(published.livedExperience.map(\.kind) == kinds, "the rules still see the kind of experience")
                #expect(published.name.value == Catalog.unlistedPersonName)
                #expect(published.contact == nil)
            }
        }
    }

    @Test(arguments: ["catalog.json", "catalog-broken.json"])
    func everyReferenceFollowsTheOpaqueIdentifier(_ name: String) throws {
        let catalog = try Self.load(name)
        let exported = catalog.publicExport()
        #expect(exported.people.count == catalog.people.count)
        let opaque = Dictionary(
            zip(catalog.people, exported.people).map { ($0.id, $1.id) }, uniquingKeysWith: { first, _ in first })
        for (original, published) in zip(catalog.offers, exported.offers) {
            #expect(published.involvement.map(\.person) == original.involvement.map { opaque[$0.person] ?? $0.person })
        }
        for (original, published) in zip(catalog.people, exported.people) {
            #expect(published.role == original.role)
            #expect((published.id == original.id) == original.listingConsent)
        }
        // The same person keeps one opaque id, and no two people share one.
        #expect(Set(exported.people.map(\.id)).count == Set(catalog.people.map(\.id)).count)
    }

    @Test func anOpaqueIdentifierNeverTakesAListedPersonsIdentifier() {
        let catalog = Catalog(people: [
            Person(id: "unlisted-person-1", name: "Listed", role: .professional, listingConsent: true),
            Person(id: "ola-nordmann", name: "Ola Nordmann", role: .experiencedUser),
        ])
        let exported = catalog.publicExport()
        #expect(exported.people.map(\.id) == ["unlisted-person-1", "unlisted-person-2"])
    }
}
