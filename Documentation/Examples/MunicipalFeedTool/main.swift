import MestringCommandLine
import MunicipalFeedAdapter

var formats = CatalogFormatRegistry.standard
formats.register(MunicipalFeedStore.format)
await MestringTool(formats: formats).main()
