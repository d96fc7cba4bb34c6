// Throughput benchmarks; run in release mode:
//   swift run -c release MestringBenchmarks [validation|json|csv|sqlite|fhir|all]
let requested = CommandLine.arguments.dropFirst().first ?? "all"
let benchmarks: [(name: String, run: () async throws -> Void)] = [
    ("validation", ValidationBenchmark.run),
    ("json", JSONBenchmark.run),
    ("csv", CSVBenchmark.run),
    ("sqlite", SQLiteBenchmark.run),
    ("hsds", HSDSBenchmark.run),
    ("fhir", FHIRBenchmark.run),
]
for benchmark in benchmarks where requested == "all" || requested == benchmark.name {
    print("== \(benchmark.name)")
    try await benchmark.run()
}
