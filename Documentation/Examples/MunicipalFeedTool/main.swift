import MestringCommandLine
import MunicipalFeedAdapter

var formats = CatalogFormatRegistry.standard
formats.register(MunicipalFeedStore.format, MunicipalFeedFolder.format)
await MestringTool(formats: formats).main()
