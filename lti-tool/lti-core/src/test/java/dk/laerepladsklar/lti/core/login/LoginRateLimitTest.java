package dk.laerepladsklar.lti.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.core.services.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginRateLimitTest {

    private static final String SCHOOL = "198.51.100.7";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));

    @Test
    void aWholeClassAtEightFitsInTheBurstAndTheNextOneWaits() {
        LoginRateLimit limit = limit(30, 300, 1000);

        for (int i = 0; i < 300; i++) {
            assertTrue(limit.admit(SCHOOL).allowed(), "login " + i);
        }
        LoginRateLimit.Decision refused = limit.admit(SCHOOL);

        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertEquals(SCHOOL, refused.address());
    }

    @Test
    void tokensComeBackAtTheRate() {
        LoginRateLimit limit = limit(30, 300, 1000);
        drain(limit, SCHOOL, 300);
        assertFalse(limit.admit(SCHOOL).allowed());

        clock.advance(Duration.ofSeconds(1));
        int admitted = 0;
        while (limit.admit(SCHOOL).allowed()) {
            admitted++;
        }
        assertEquals(30, admitted, "one second gives back 30 logins");
    }

    @Test
    void retryAfterSaysWhenTheNextTokenComes() {
        LoginRateLimit limit = limit(1, 5, 1000);
        drain(limit, SCHOOL, 5);

        assertEquals(1, limit.admit(SCHOOL).retryAfterSeconds());
        LoginRateLimit slow = limit(1, 1, 1000);
        slow.admit(SCHOOL);
        clock.advance(Duration.ofMillis(100));
        assertEquals(1, slow.admit(SCHOOL).retryAfterSeconds(), "0.9 s rounds up to a whole second");
    }

    @Test
    void oneAddressDoesNotSpendAnothersLogins() {
        LoginRateLimit limit = limit(30, 300, 1000);
        drain(limit, SCHOOL, 300);

        assertFalse(limit.admit(SCHOOL).allowed());
        assertTrue(limit.admit("203.0.113.9").allowed());
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        LoginRateLimit limit = limit(30, 3, 1000);
        limit.admit("2001:db8:1:2:0:0:0:1");
        limit.admit("2001:db8:1:2::2");
        limit.admit("[2001:db8:1:2:ffff::3]");

        LoginRateLimit.Decision refused = limit.admit("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertFalse(refused.allowed(), "all of one /64 share the bucket");
        assertEquals("20010db800010002::/64", refused.address());
        assertTrue(limit.admit("2001:db8:1:3::1").allowed(), "the next /64 has its own");
        assertEquals("192.0.2.1", LoginRateLimit.counted("::ffff:192.0.2.1"));
        assertEquals("(unknown)", LoginRateLimit.counted(null));
    }

    @Test
    void aRefusalIsWorthAWarningOnceAMinutePerAddress() {
        LoginRateLimit limit = limit(1, 1, 1000);
        limit.admit(SCHOOL);

        LoginRateLimit.Decision first = limit.admit(SCHOOL);
        assertTrue(first.warn());
        assertEquals(1, first.refusedSinceWarning());
        int silent = 0;
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMillis(100));
            LoginRateLimit.Decision again = limit.admit(SCHOOL);
            assertFalse(again.warn(), "no second warning within the minute");
            silent += again.allowed() ? 0 : 1;
        }
        assertTrue(silent >= 40, "refused between the warnings: " + silent);
        clock.advance(Duration.ofSeconds(55)); // a minute after the first warning
        LoginRateLimit.Decision later = limit.admit(SCHOOL);
        while (later.allowed()) {
            later = limit.admit(SCHOOL);
        }
        assertTrue(later.warn());
        assertEquals(silent + 1, later.refusedSinceWarning(), "the warning counts what was refused silently");
        assertTrue(limit.admit("203.0.113.9").allowed());
    }

    @Test
    void idleBucketsExpireAndTheirNumberIsBounded() {
        LoginRateLimit limit = limit(30, 300, 3);
        limit.admit("192.0.2.1");
        limit.admit("192.0.2.2");
        limit.admit("192.0.2.3");
        assertEquals(3, limit.addresses());

        LoginRateLimit.Decision fourth = limit.admit("192.0.2.4");
        assertTrue(fourth.allowed());
        assertEquals(LoginRateLimit.OVERFLOW, fourth.address(), "beyond the bound, new addresses share one bucket");
        assertEquals(3, limit.addresses());

        clock.advance(Duration.ofSeconds(61));
        limit.admit("192.0.2.5");
        assertEquals(1, limit.addresses(), "idle buckets were dropped, the new address has its own");
    }

    @Test
    void manyAddressesCannotEachGetAFreshBurst() {
        LoginRateLimit limit = limit(1, 2, 2);
        limit.admit("192.0.2.1");
        limit.admit("192.0.2.2");
        int admitted = 0;
        for (int i = 10; i < 100; i++) {
            if (limit.admit("192.0.2." + i).allowed()) {
                admitted++;
            }
        }
        assertEquals(2, admitted, "the addresses beyond the bound share one burst");
    }

    @Test
    void theLimitComesFromTheSettings() {
        System.setProperty("lpk.login-rate", "1");
        System.setProperty("lpk.login-burst", "2");
        try {
            LoginRateLimit limit = new LoginRateLimit();
            limit.clock = clock;
            assertTrue(limit.admit(SCHOOL).allowed());
            assertTrue(limit.admit(SCHOOL).allowed());
            assertFalse(limit.admit(SCHOOL).allowed());
        } finally {
            System.clearProperty("lpk.login-rate");
            System.clearProperty("lpk.login-burst");
        }
    }

    @Test
    void anExemptAddressIsNotLimitedAndNobodyElseIsExemptWithIt() {
        LoginRateLimit limit = new LoginRateLimit(1, 1, 1000, " 127.0.0.1 , 2001:db8:9:9::1");
        limit.clock = clock;
        for (int i = 0; i < 1000; i++) {
            assertTrue(limit.admit("127.0.0.1").allowed());
            assertTrue(limit.admit("2001:db8:9:9::abcd").allowed(), "the /64 of an exempt IPv6 address");
        }
        assertEquals(0, limit.addresses(), "exempt addresses take no bucket");
        assertTrue(limit.admit("127.0.0.2").allowed());
        assertFalse(limit.admit("127.0.0.2").allowed());
    }

    private LoginRateLimit limit(int perSecond, int burst, int addresses) {
        LoginRateLimit limit = new LoginRateLimit(perSecond, burst, addresses);
        limit.clock = clock;
        return limit;
    }

    private static void drain(LoginRateLimit limit, String address, int n) {
        for (int i = 0; i < n; i++) {
            assertTrue(limit.admit(address).allowed());
        }
    }

}
