/// Offer data validated at build time by the CatalogValidation plugin.
public enum CleanOfferData {}
