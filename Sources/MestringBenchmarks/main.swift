import Foundation

// Throughput benchmarks; run in release mode:
//   swift run -c release MestringBenchmarks [validation|json|csv|sqlite|hsds|fhir|process|all]
let requested = CommandLine.arguments.dropFirst().first ?? "all"
// A benchmark's own child process, measured from outside (peak memory of one operation).
if requested == "json-probe", CommandLine.arguments.count == 4 {
    try JSONBenchmark.probe(CommandLine.arguments[2], CommandLine.arguments[3])
    exit(0)
}
let benchmarks: [(name: String, run: () async throws -> Void)] = [
    ("validation", ValidationBenchmark.run),
    ("json", JSONBenchmark.run),
    ("csv", CSVBenchmark.run),
    ("sqlite", SQLiteBenchmark.run),
    ("hsds", HSDSBenchmark.run),
    ("fhir", FHIRBenchmark.run),
    ("process", ProcessBenchmark.run),
]
for benchmark in benchmarks where requested == "all" || requested == benchmark.name {
    print("== \(benchmark.name)")
    try await benchmark.run()
}
