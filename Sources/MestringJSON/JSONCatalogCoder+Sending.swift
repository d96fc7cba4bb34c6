import Foundation
import Mestring
import MestringAdapterKit

extension JSONCatalogCoder {
    /// Hands the catalogue in `data` to `sink` record by record, as it is read, without building
    /// the ``Mestring/Catalog``: what ``JSONCatalogFile``'s ``JSONCatalogFile/send(to:)`` does.
    ///
    /// The sink gets exactly what ``decode(_:file:)`` would read, and a broken file gives exactly
    /// its error: the text is checked before anything is handed on; a document whose header or
    /// top-level members would make a plain read take another way (a foreign or newer file, a
    /// repeated member) is read whole and then handed on; and a record that cannot be read, or an
    /// unknown field found after records were handed on, is reported by reading the document the
    /// plain way, whose error the caller gets (its store then drops what the sink took).
    func send(_ data: Data, file: String?, to sink: inout some CatalogRecordSink) throws {
        guard !data.isEmpty else { throw FileContents.emptyFile(file) }
        let document = try JSONDocument(data, file: file)
        let header = try? document.read { try CatalogDocumentReader.sendableHeader($0) }.value
        guard let header, (try? checkHeader(header, document, file)) != nil else {
            try decode(document, file: file).catalog.send(to: &sink)
            return
        }
        let read: JSONDocument.Decoded<Void>
        do {
            read = try document.read { try CatalogDocumentReader.send($0, to: &sink) }
        } catch let failure as CatalogDocumentReader.SinkFailure {
            throw failure.error
        } catch {
            throw plainReadError(document, file, otherwise: error)
        }
        if read.firstUnusedMember != nil {
            throw plainReadError(document, file, otherwise: StoreError(.malformedData, "unknown field", file: file))
        }
    }

    /// The error a plain read of the document throws, so that a record-by-record read that fails
    /// fails with the same file, line:column, path and wording; `otherwise` if the plain read
    /// succeeds (it reads everything the record-by-record read reads, so it fails too).
    private func plainReadError(_ document: JSONDocument, _ file: String?, otherwise: any Error) -> any Error {
        do {
            _ = try decode(document, file: file)
            return otherwise
        } catch {
            return error
        }
    }
}
