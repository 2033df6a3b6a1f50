package dk.laerepladsklar.apprenticeship.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CVR numbers: eight digits whose weighted sum is divisible by 11. */
class CvrNumberTest {

    @Test
    void realNumbersPassTheModulus11Check() {
        assertTrue(CvrNumber.isValid("24256790"), "Novo Nordisk");
        assertTrue(CvrNumber.isValid("54562519"), "LEGO");
        assertTrue(CvrNumber.isValid("12345674"));
    }

    @Test
    void aWrongCheckDigitLengthOrCharacterFails() {
        assertFalse(CvrNumber.isValid("12345678"), "weighted sum 114 is not divisible by 11");
        assertFalse(CvrNumber.isValid("24256791"));
        assertFalse(CvrNumber.isValid("2425679"));
        assertFalse(CvrNumber.isValid("242567900"));
        assertFalse(CvrNumber.isValid("2425679a"));
        assertFalse(CvrNumber.isValid("00000000"), "no CVR number starts with 0");
        assertFalse(CvrNumber.isValid("２４２５６７９０"), "full-width digits are not digits here");
        assertFalse(CvrNumber.isValid(null));
    }

    @Test
    void whatStudentsCopyFromAnInvoiceIsTidiedAndEmptyMeansNone() {
        assertEquals("24256790", CvrNumber.normalised(" DK 24 25 67 90 "));
        assertEquals("24256790", CvrNumber.normalised("dk-24256790"));
        assertNull(CvrNumber.normalised("  "));
        assertNull(CvrNumber.normalised(null));
        assertEquals("CVR_INVALID", assertThrows(ApprenticeshipRefused.class, () -> CvrNumber.normalised("12345678")).reason());
        assertEquals("CVR_INVALID", assertThrows(ApprenticeshipRefused.class,
                () -> CvrNumber.normalised("1".repeat(10_000))).reason());
    }
}
