import Foundation
import Mestring

/// A vocabulary the store reads back from the bytes of its stored spellings, without making a
/// `String` of each spelling first.
///
/// A national catalogue holds about a million stored spellings (an offer's kind, format, method,
/// audiences, stages, outcomes…). `init(rawValue:)` needs a `String` and compares it with each
/// case's spelling in turn; comparing the bytes SQLite holds with a table made once per
/// vocabulary costs a small part of that. A spelling the table does not know is read the slow
/// way, so an error says what it says today.
protocol StoredVocabulary: CatalogEnumeration {
    /// Every value of the vocabulary with the bytes of its spelling.
    static var spellings: Spellings<Self> { get }
}

/// The values of a vocabulary with the UTF-8 bytes of their spellings, all in one array.
struct Spellings<Value: CatalogEnumeration>: Sendable {
    private let bytes: [UInt8]
    private let entries: [(start: Int, count: Int, value: Value)]

    init() {
        var bytes: [UInt8] = []
        entries = Value.allCases.map { value in
            let start = bytes.count
            bytes.append(contentsOf: value.rawValue.utf8)
            return (start, bytes.count - start, value)
        }
        self.bytes = bytes
    }

    /// The value spelled by `bytes`, or `nil` when no value is spelled so.
    func value(spelledBy spelling: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let candidate = spelling.baseAddress else { return nil }
        return bytes.withUnsafeBufferPointer { bytes in
            for entry in entries where entry.count == spelling.count && memcmp(bytes.baseAddress! + entry.start, candidate, entry.count) == 0 {
                return entry.value
            }
            return nil
        }
    }
}

extension AppointingBody: StoredVocabulary { static let spellings = Spellings<Self>() }
extension Audience: StoredVocabulary { static let spellings = Spellings<Self>() }
extension CareStage: StoredVocabulary { static let spellings = Spellings<Self>() }
extension CodingSystem: StoredVocabulary { static let spellings = Spellings<Self>() }
extension DeliveryMode: StoredVocabulary { static let spellings = Spellings<Self>() }
extension EvaluationMethod: StoredVocabulary { static let spellings = Spellings<Self>() }
extension FocusKind: StoredVocabulary { static let spellings = Spellings<Self>() }
extension InvolvementPhase: StoredVocabulary { static let spellings = Spellings<Self>() }
extension InvolvementRole: StoredVocabulary { static let spellings = Spellings<Self>() }
extension LivedExperienceKind: StoredVocabulary { static let spellings = Spellings<Self>() }
extension OfferFormat: StoredVocabulary { static let spellings = Spellings<Self>() }
extension OfferKind: StoredVocabulary { static let spellings = Spellings<Self>() }
extension OfferMethod: StoredVocabulary { static let spellings = Spellings<Self>() }
extension Outcome: StoredVocabulary { static let spellings = Spellings<Self>() }
extension Profession: StoredVocabulary { static let spellings = Spellings<Self>() }
extension ProviderKind: StoredVocabulary { static let spellings = Spellings<Self>() }
extension ReferralRoute: StoredVocabulary { static let spellings = Spellings<Self>() }
extension ServiceLevel: StoredVocabulary { static let spellings = Spellings<Self>() }
extension SignUpMethod: StoredVocabulary { static let spellings = Spellings<Self>() }
