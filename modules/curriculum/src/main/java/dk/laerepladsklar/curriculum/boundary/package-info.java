/**
 * The teaching modules' façades: the content loaded at start-up, the {@code teaching-module} activity type,
 * progress in transactions that report {@code ProgressRecorded}, access to placements, images and uploaded files.
 */
package dk.laerepladsklar.curriculum.boundary;
