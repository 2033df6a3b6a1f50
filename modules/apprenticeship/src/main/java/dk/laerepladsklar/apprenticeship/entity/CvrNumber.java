package dk.laerepladsklar.apprenticeship.entity;

/**
 * A Danish company's CVR number: eight digits, the first not 0, whose weighted sum (weights 2, 7, 6, 5, 4, 3, 2, 1) is
 * divisible by 11 (the modulus-11 check the Central Business Register uses). Checking it catches a typo before it
 * ends up in an agreement; it does not ask the register whether the company exists.
 */
public final class CvrNumber {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private CvrNumber() {
    }

    /** Whether these are eight digits with a correct check digit (spaces are not accepted here: see {@link #normalised}). */
    public static boolean isValid(String cvr) {
        if (cvr == null || cvr.length() != 8 || cvr.charAt(0) == '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = cvr.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    /**
     * What a student typed, as a CVR number: spaces and a leading "DK" are dropped (people copy "DK 12 34 56 78" from
     * an invoice); null when nothing was typed; refused with {@code CVR_INVALID} when it is not a valid number.
     */
    public static String normalised(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > 20) {
            throw new ApprenticeshipRefused("CVR_INVALID");
        }
        String cvr = typed.strip().replace(" ", "").replace("-", "");
        if (cvr.regionMatches(true, 0, "DK", 0, 2)) {
            cvr = cvr.substring(2);
        }
        if (!isValid(cvr)) {
            throw new ApprenticeshipRefused("CVR_INVALID");
        }
        return cvr;
    }
}
