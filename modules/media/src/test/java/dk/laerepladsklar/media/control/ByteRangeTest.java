package dk.laerepladsklar.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void playersRangesAreResolvedAgainstTheSize() {
        assertEquals(new ByteRange.Part(new ByteRange(0, 999)), ByteRange.parse("bytes=0-", 1000));
        assertEquals(new ByteRange.Part(new ByteRange(100, 199)), ByteRange.parse("bytes=100-199", 1000));
        assertEquals(new ByteRange.Part(new ByteRange(900, 999)), ByteRange.parse("bytes=900-5000", 1000), "cut at the end");
        assertEquals(new ByteRange.Part(new ByteRange(500, 999)), ByteRange.parse("bytes=-500", 1000), "the last 500");
        assertEquals(new ByteRange.Part(new ByteRange(0, 999)), ByteRange.parse("bytes=-5000", 1000));
        assertEquals(new ByteRange.Part(new ByteRange(999, 999)), ByteRange.parse("bytes=999-", 1000));
    }

    @Test
    void rangesPastTheEndCannotBeSatisfied() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=1000-", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=5000-6000", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=-0", 1000));
    }

    @Test
    void anythingElseIsIgnoredAndTheWholeFileSent() {
        for (String header : new String[] {null, "", "bytes=", "bytes=-", "bytes=5-2", "items=0-1", "bytes=0-1,5-6",
                "bytes=abc-", "bytes=99999999999999999999-", "garbage"}) {
            assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(header, 1000), String.valueOf(header));
        }
    }
}
