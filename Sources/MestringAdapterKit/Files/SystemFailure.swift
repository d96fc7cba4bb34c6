import Foundation
import Mestring

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns what the operating system or Foundation reports about a file into a ``Mestring/StoreError``
/// a person can act on.
///
/// Foundation's own texts ("The operation could not be completed. (NSCocoaErrorDomain error 512.)")
/// tell a user nothing; the `errno` behind them does: the disk is full, the file system is
/// read-only, the path is a folder. Adapters pass every file-system error through here, so the
/// same cause reads the same in every format.
package enum SystemFailure {
    /// The error for `errno` value `code` while doing `action` ("write the file") on `file`.
    package static func error(code: Int32, _ action: String, file: String) -> StoreError {
        let (kind, reason): (StoreError.Kind, String) =
            switch code {
            case ENOSPC, EDQUOT: (.io, "the disk is full (or the user's quota is used up)")
            case EROFS: (.readOnly, "the file system is read-only")
            case EACCES, EPERM: (.readOnly, "permission denied")
            case ENOENT: (.notFound, "no such file or folder")
            case EISDIR: (.malformedData, "this is a folder, where a file was expected")
            case ENOTDIR: (.malformedData, "a part of the path is a file, where a folder was expected")
            case ELOOP: (.io, "too many symbolic links (a link that points to itself?)")
            case EBUSY, ETXTBSY: (.io, "the file is in use by another program")
            default: (.io, String(cString: strerror(code)))
            }
        return StoreError(kind, "cannot \(action): \(reason)", file: file)
    }

    /// The error for the current `errno`.
    package static func lastError(_ action: String, file: String) -> StoreError {
        error(code: errno, action, file: file)
    }

    /// The error for anything a file operation threw: a ``Mestring/StoreError`` passes through, a
    /// Foundation error is traced back to its `errno` where it carries one.
    package static func error(_ error: any Error, _ action: String, file: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let code = posixCode(of: error as NSError) { return self.error(code: code, action, file: file) }
        let cocoa = (error as NSError).code
        let kind: StoreError.Kind =
            switch cocoa {
            case CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue: .notFound
            case CocoaError.fileReadNoPermission.rawValue, CocoaError.fileWriteNoPermission.rawValue,
                CocoaError.fileWriteVolumeReadOnly.rawValue:
                .readOnly
            default: .io
            }
        let reason =
            switch kind {
            case .notFound: "no such file or folder"
            case .readOnly: "permission denied or the file system is read-only"
            default: "the system refused without giving a reason"
            }
        return StoreError(kind, "cannot \(action): \(reason)", file: file)
    }

    private static func posixCode(of error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(of: underlying) }
        return nil
    }
}
