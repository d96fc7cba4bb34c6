import Mestring

extension FHIRCatalogReader {
    func provider(_ organization: FHIROrganization, _ id: String, _ values: FHIRValueReader) throws -> Provider {
        let scope = values.scope
        var provider = Provider(id: .init(id), name: try values.text(organization.name, organization._name, "name") ?? LocalizedText())
        for (index, identifier) in (organization.identifier ?? []).enumerated() {
            switch identifier.system {
            case FHIRSystems.identifierSystem(.provider): continue
            case FHIRSystems.organisationNumber where provider.organisationNumber == nil:
                provider.organisationNumber = identifier.value.map(OrganisationNumber.init)
            default: scope.unmapped("identifier[\(index)]", "an identifier in \(identifier.system ?? "no system")")
            }
        }
        for (index, type) in (organization.type ?? []).enumerated() {
            let path = { "type[\(index)]" }
            if let kind: ProviderKind = try type.coding?.lazy.compactMap({ try values.vocabulary($0, path()) as ProviderKind? }).first {
                provider.kind = kind
            } else if try type.coding?.lazy.compactMap({ try values.vocabulary($0, path()) as ServiceLevel? }).first == nil {
                scope.unmapped(path(), "\(values.describe(type)) is not a Mestring provider kind")
            }
        }
        for (index, point) in (organization.telecom ?? []).enumerated() {
            switch point.system {
            case "phone" where provider.phone == nil: provider.phone = point.value
            case "email" where provider.email == nil: provider.email = point.value
            case "url" where provider.website == nil: provider.website = point.value
            default: scope.unmapped("telecom[\(index)]", "a \(point.system ?? "contact point") beyond the one phone, e-mail and web address Mestring holds")
            }
        }
        provider.parent = values.recordID(organization.partOf, .provider, "partOf").map { .init($0) }
        for (index, contact) in (organization.contact ?? []).enumerated() {
            let path = { "contact[\(index)]" }
            guard contact.purpose?.coding?.first?.code == "coordinating-unit", provider.coordinatingUnit == nil else {
                scope.unmapped(path(), "a contact that is not the coordinating unit")
                continue
            }
            var unit = CoordinatingUnit(name: contact.name?.text ?? "")
            for point in contact.telecom ?? [] {
                if point.system == "phone" { unit.phone = point.value } else if point.system == "email" { unit.email = point.value }
            }
            provider.coordinatingUnit = unit
        }
        try values.extensions(organization.extension, "extension") { item, path in
            switch item.url {
            case MestringExtension.servedMunicipality.url:
                guard let code = item.valueCoding?.code else { throw scope.malformed(path(), "expected a municipality coding") }
                provider.municipalities.append(MunicipalityNumber(code))
            case MestringExtension.healthTrust.url: provider.healthTrust = item.valueString
            default: return false
            }
            return true
        }
        return provider
    }
}
