/**
 * The media store's edges: the {@link dk.laerepladsklar.kernel.media.MediaStore} implementation, the tus upload and
 * the range download servlets, the daily retention job and the personal-data contribution.
 */
package dk.laerepladsklar.media.boundary;
