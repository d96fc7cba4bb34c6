/// What a catalogue is, who publishes it and how current it is.
public struct CatalogInfo: Hashable, Sendable, Codable {
    /// The catalogue's name, as shown to readers.
    public var title: String?
    /// The organisation responsible for the catalogue's content.
    public var publisher: String?
    /// The date the content was last reviewed.
    public var updated: LocalDate?
    /// A notice readers must see, e.g. that the data are invented for illustration.
    public var notice: String?

    /// Describes a catalogue; every part is optional, because an import may not know it.
    public init(title: String? = nil, publisher: String? = nil, updated: LocalDate? = nil, notice: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.updated = updated
        self.notice = notice
    }
}
