import Mestring
import MestringCommandLine
import MestringValidation

extension MunicipalFeedFolder {
    /// The folder as a format `mestring` reads and writes: a folder that holds `kommune.json`, or a
    /// new one whose name ends in `-tilbud`. Findings point at the file a person edits: an offer's
    /// own file, or `kommune.json` for everything else.
    public static let format = CatalogFormat(
        names: ["kommune-mappe"], summary: "a folder of offer files (kommune.json, tilbud-1.json, …; -tilbud)",
        pathSuffixes: ["-tilbud"], canWrite: true,
        recognisesContents: { candidate in candidate.folderContains(headerName) },
        findingLocator: { request in
            let folder = request.url
            return { finding in
                guard let record = finding.record, record.kind == .offer, let position = record.position else {
                    return FileLocation(file: folder.appending(path: headerName).relativePath)
                }
                return FileLocation(file: folder.appending(path: offerFileName(at: position)).relativePath)
            }
        }
    ) { request in FileCatalogStore(file: MunicipalFeedFolder(url: request.url)) }
}
