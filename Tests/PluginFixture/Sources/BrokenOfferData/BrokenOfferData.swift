/// Deliberately broken offer data: the CatalogValidation plugin must fail this build.
public enum BrokenOfferData {}
