import Foundation
import Mestring
import MestringCSV

/// The personal values an input holds: what no message about it may contain.
enum PersonalValues {
    /// Values shorter than this occur in any text by chance (`"a"`, `"12"`), so they prove nothing.
    static let shortest = 4

    static func of(_ catalog: Catalog) -> Set<String> {
        var values: [String] = []
        for person in catalog.people {
            values.append(person.name.value)
            values += [person.contact?.phone?.value, person.contact?.email?.value].compactMap { $0 }
            values += person.livedExperience.compactMap(\.notes?.value)
        }
        return filtered(values)
    }

    /// The people's names, contacts and notes in a JSON document, however broken the rest is.
    static func inJSON(_ data: Data) -> Set<String> {
        guard let document = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any],
            let people = document["people"] as? [Any]
        else { return [] }
        var values: [String] = []
        for case let person as [String: Any] in people {
            values += [person["name"]].compactMap { $0 as? String }
            if let contact = person["contact"] as? [String: Any] {
                values += [contact["phone"], contact["email"]].compactMap { $0 as? String }
            }
            for case let experience as [String: Any] in person["livedExperience"] as? [Any] ?? [] {
                values += [experience["notes"]].compactMap { $0 as? String }
            }
        }
        return filtered(values)
    }

    /// The cells of the personal columns (`name`, `contact_phone`, `contact_email`, `notes`) of a
    /// CSV table, as far as it can be read.
    static func inCSV(_ bytes: [UInt8]) -> Set<String> {
        guard let reader = try? CSVReader(bytes: bytes) else { return [] }
        var values: [String] = []
        var personal: [Int] = []
        var isHeader = true
        while let record = try? reader.next() {
            if isHeader {
                personal = (0..<record.count).filter { ["name", "contact_phone", "contact_email", "notes"].contains(record[$0]) }
                isHeader = false
            } else {
                values += personal.filter { $0 < record.count }.map { record[$0] }
            }
        }
        return filtered(values)
    }

    private static func filtered(_ values: [String]) -> Set<String> {
        Set(values.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines)) }.filter { $0.count >= shortest })
    }
}
