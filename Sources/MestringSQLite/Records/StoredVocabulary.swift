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

/// The values of a vocabulary with the UTF-8 bytes of their spellings.
struct Spellings<Value: CatalogEnumeration>: Sendable {
    private let entries: [(bytes: [UInt8], value: Value)]

    init() { entries = Value.allCases.map { (Array($0.rawValue.utf8), $0) } }

    /// The value spelled by `bytes`, or `nil` when no value is spelled so.
    func value(spelledBy bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        for entry in entries where entry.bytes.count == bytes.count && entry.bytes.elementsEqual(bytes) { return entry.value }
        return nil
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
