/**
 * PDFs for every module: a tiny escaping XHTML template and its rendering to a tagged PDF with the app's font
 * embedded, fetching nothing from outside the page.
 */
package dk.laerepladsklar.kernel.pdf;
