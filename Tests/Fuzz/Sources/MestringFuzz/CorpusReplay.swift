import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs every file of a corpus through a target once, without libFuzzer: what CI does to prove
/// that no input found so far crashes or hangs the readers again.
struct CorpusReplay {
    /// The target the files go through.
    let target: FuzzTarget
    /// An input that takes longer than this is a hang: `SIGALRM` ends the process.
    var secondsPerInput: UInt32 = 10

    /// Replays the files and the files in the folders of `paths`; the exit status.
    func run(paths: [String]) -> Int32 {
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                MestringFuzz.complain("MestringFuzz: no such file or folder: \(path)")
                return 2
            }
            let url = URL(filePath: path)
            if !isFolder.boolValue {
                files.append(url)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files += names.filter { !$0.hasPrefix(".") }.sorted().map { url.appending(path: $0) }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                MestringFuzz.complain("MestringFuzz: cannot read \(file.path)")
                return 2
            }
            alarm(secondsPerInput)
            target.run(Array(data))
            alarm(0)
        }
        try? FileManager.default.removeItem(at: FuzzTarget.scratchFolder)
        print("\(target.rawValue): \(files.count) inputs replayed")
        return 0
    }
}
