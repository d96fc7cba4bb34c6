import CSQLite
import Foundation

/// `mestring_relevance(offer_search)`: ``Mestring/TextSearch``'s relevance score of the row an
/// FTS5 match found, counted from the match's own instances (title words weigh three, summary
/// words one, summed over the terms) by an FTS5 auxiliary function registered on each reader
/// connection.
///
/// The match has already found every instance of every term in the row, so counting them costs
/// next to nothing; walking an `fts5vocab` table of instances for each term instead took several
/// times as long as the match itself (2.6 of the 4 ms of a relevance query on 100,000 offers).
enum RelevanceFunction {
    static let name = "mestring_relevance"

    /// The type name FTS5 gives its API pointer; `sqlite3_bind_pointer` keeps the name's address,
    /// so it must outlive every call (made once, never freed).
    private nonisolated(unsafe) static let apiPointerType = strdup("fts5_api_ptr")!

    /// Registers the function on `database` (a connection's own registration, never in the file).
    static func register(on database: Database) throws {
        let statement = try database.makeStatement("SELECT fts5(?1)")
        var api: UnsafeMutablePointer<fts5_api>?
        try withUnsafeMutablePointer(to: &api) { pointer in
            guard sqlite3_bind_pointer(statement.handle, 1, pointer, apiPointerType, nil) == SQLITE_OK else {
                throw SQLiteError(connection: database.handle, sql: statement.sql)
            }
            _ = try statement.step()
        }
        guard let api, let create = api.pointee.xCreateFunction,
            create(api, name, nil, score, nil) == SQLITE_OK
        else { throw SQLiteError(connection: database.handle, sql: statement.sql) }
    }

    /// The score of the current row: 3 for each instance of a term in the title (column 0), 1 in
    /// the summary.
    private static let score: fts5_extension_function = { api, context, result, _, _ in
        guard let api = api?.pointee, let instanceCount = api.xInstCount, let instance = api.xInst else { return }
        var count: Int32 = 0
        var code = instanceCount(context, &count)
        var score: Int64 = 0
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        var index: Int32 = 0
        while code == SQLITE_OK && index < count {
            code = instance(context, index, &phrase, &column, &offset)
            score += column == 0 ? 3 : 1
            index += 1
        }
        if code == SQLITE_OK { sqlite3_result_int64(result, score) } else { sqlite3_result_error_code(result, code) }
    }
}
