import MestringAdapterKit

extension JSONNode {
    /// The elements of a FHIR list, each read by `element`.
    ///
    /// Here rather than in the kit: a generic function is specialized for the element types only
    /// within the module that calls it, and the unspecialized one looked its types up at run
    /// time for every list, a tenth of a FHIR import.
    func list<Element>(_ element: (JSONNode) throws -> Element) throws -> [Element] {
        var result: [Element] = []
        try elements { result.append(try element($0)) }
        return result
    }
}
