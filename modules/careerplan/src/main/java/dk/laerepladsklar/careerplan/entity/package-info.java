/**
 * What a career plan is made of: its sections and next steps as the student writes them, the versions the student
 * sends for feedback (kept whole, so two can be compared), the comments beside a section, and the plan's state from
 * not started to approved. The entities guard their own rules: only the student writes, a verdict only on a sent
 * version, sensitive support needs never in a snapshot others read unless the student shares them.
 */
package dk.laerepladsklar.careerplan.entity;
