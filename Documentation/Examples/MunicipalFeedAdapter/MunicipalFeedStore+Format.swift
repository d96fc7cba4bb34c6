import MestringCommandLine

extension MunicipalFeedStore {
    /// The feed as a format `mestring` reads: a file whose name ends in `.feed.json`, or any JSON
    /// file that holds the feed's `tilbud`. It cannot be written: the feed is the municipality's.
    public static let format = CatalogFormat(
        names: ["kommune-feed"], summary: "a municipality's feed of offers (.feed.json)", pathSuffixes: [".feed.json"],
        canWrite: false,
        recognisesContents: { candidate in
            let start = candidate.start(4096)
            return candidate.fileName.hasSuffix(".json") && start.contains("\"tilbud\"") && !start.contains("\"format\"")
        }
    ) { request in MunicipalFeedStore(fileURL: request.url) }
}
