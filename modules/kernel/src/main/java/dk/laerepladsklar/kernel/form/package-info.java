/** Reading posted HTML forms with a cap on their size, trusting no value: one reader for every module's form posts. */
package dk.laerepladsklar.kernel.form;
