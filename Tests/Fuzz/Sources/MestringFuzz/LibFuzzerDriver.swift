#if FUZZING
    import CFuzzing

    #if canImport(Glibc)
        import Glibc
    #elseif canImport(Darwin)
        import Darwin
    #endif

    /// Hands a target to libFuzzer, which then owns the process: it parses its flags from the
    /// arguments, generates inputs, and stops at the first crash, hang or sanitizer report.
    enum LibFuzzerDriver {
        /// Runs libFuzzer on `target`; `arguments` are the program name, libFuzzer's flags and corpus folders.
        static func run(_ target: FuzzTarget, arguments: [String]) -> Int32 {
            // libFuzzer calls back through a C function pointer, which cannot capture the target.
            let callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
            switch target {
            case .csvReader: callback = { FuzzTarget.csvReader.run(Array(UnsafeBufferPointer(start: $0, count: $1))); return 0 }
            case .csvImport: callback = { FuzzTarget.csvImport.run(Array(UnsafeBufferPointer(start: $0, count: $1))); return 0 }
            case .json: callback = { FuzzTarget.json.run(Array(UnsafeBufferPointer(start: $0, count: $1))); return 0 }
            }
            var argc = Int32(arguments.count)
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = UnsafeMutablePointer.allocate(capacity: arguments.count + 1)
            for (index, argument) in arguments.enumerated() { argv?[index] = strdup(argument) }
            argv?[arguments.count] = nil
            return LLVMFuzzerRunDriver(&argc, &argv, callback)
        }

    }
#endif
