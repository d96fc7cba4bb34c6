import Foundation

// Throughput benchmarks; run in release mode:
//   swift run -c release MestringBenchmarks [validation|json|csv|sqlite|hsds|fhir|process|all] [--offers N | --quick]
// Every case prints each figure beside its anchor measured in the same run on the same data and
// records its goals; the run ends with the summary table of every goal (Performance article).

// A benchmark's own child process, measured from outside (peak memory of one operation).
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "json-probe" {
    try JSONBenchmark.probe(CommandLine.arguments[2], CommandLine.arguments[3])
    exit(0)
}
let options = BenchmarkOptions.current
let benchmarks: [(name: String, run: () async throws -> Void)] = [
    ("validation", ValidationBenchmark.run),
    ("json", JSONBenchmark.run),
    ("csv", CSVBenchmark.run),
    ("sqlite", SQLiteBenchmark.run),
    ("hsds", HSDSBenchmark.run),
    ("fhir", FHIRBenchmark.run),
    ("process", ProcessBenchmark.run),
]
print("MestringBenchmarks \(options.requested), \(options.offers) offers; load average \(BenchmarkSummary.loadAverage())")
for benchmark in benchmarks where options.requested == "all" || options.requested == benchmark.name {
    print("== \(benchmark.name)")
    try await benchmark.run()
    print("   (peak resident so far \(BenchmarkSummary.peakResidentMegabytes()) MB; load average \(BenchmarkSummary.loadAverage()))")
}
BenchmarkSummary.shared.printTable()
