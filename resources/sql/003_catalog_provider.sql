-- The provider of each region a run used (aws, gcp, azure, oci, or NULL for a catalog file that
-- does not say).
ALTER TABLE region_catalogs ADD COLUMN provider text;
