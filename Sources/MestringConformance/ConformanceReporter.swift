import Testing
import XCTest

/// Reports conformance outcomes to whichever test framework runs the caller: Swift Testing when
/// a Swift Testing test is current, XCTest otherwise.
///
/// Failures are recorded (not thrown) so that each points at the caller's file and line: XCTest
/// places a thrown error at no line at all. Skipping has to throw, because both frameworks skip by
/// unwinding the test.
struct ConformanceReporter {
    let fileID: String
    let filePath: StaticString
    let line: UInt
    let column: UInt

    private var sourceLocation: SourceLocation {
        SourceLocation(fileID: fileID, filePath: "\(filePath)", line: Int(line), column: Int(column))
    }

    func fail(_ text: String) {
        if Test.current != nil {
            Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
        } else {
            XCTFail(text, file: filePath, line: line)
        }
    }

    /// Skips the running test: a warning per line and a cancellation in Swift Testing (whose
    /// console otherwise shows a cancelled case of a parameterized test as passed), `XCTSkip` in XCTest.
    func skip(_ reason: String, warnings: [String]) throws {
        if Test.current != nil {
            for warning in warnings { Issue.record(Comment(rawValue: warning), severity: .warning, sourceLocation: sourceLocation) }
            try Test.cancel(Comment(rawValue: reason), sourceLocation: sourceLocation)
        }
        throw XCTSkip(reason, file: filePath, line: line)
    }
}
