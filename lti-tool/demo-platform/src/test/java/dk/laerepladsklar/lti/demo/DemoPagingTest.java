package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoPagingTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 121).boxed().toList();

    @Test
    void pagesOfTheDefaultSizeUntilTheLast() {
        DemoPaging.Page<Integer> first = DemoPaging.page(ITEMS, null, null, 50);
        assertEquals(50, first.items().size());
        assertEquals(0, first.items().get(0));
        assertEquals(50, first.nextFrom());

        DemoPaging.Page<Integer> third = DemoPaging.page(ITEMS, "50", "100", 50);
        assertEquals(21, third.items().size());
        assertEquals(120, third.items().get(20));
        assertNull(third.nextFrom());
    }

    @Test
    void aBadOrMissingLimitMeansTheDefault() {
        assertEquals(50, DemoPaging.page(ITEMS, "abc", null, 50).items().size());
        assertEquals(50, DemoPaging.page(ITEMS, "0", null, 50).items().size());
        assertEquals(10, DemoPaging.page(ITEMS, "10", null, 50).items().size());
    }

    @Test
    void noDefaultMeansEverything() {
        DemoPaging.Page<Integer> all = DemoPaging.page(ITEMS, null, null, 0);
        assertEquals(121, all.items().size());
        assertNull(all.nextFrom());
    }

    @Test
    void beyondTheEndIsEmpty() {
        DemoPaging.Page<Integer> page = DemoPaging.page(ITEMS, "50", "500", 50);
        assertEquals(List.of(), page.items());
        assertNull(page.nextFrom());
    }

    @Test
    void theNextLinkKeepsTheFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("role", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        filters.put("tag", null);
        DemoPaging.Page<Integer> page = DemoPaging.page(ITEMS, "20", "40", 50);

        assertEquals("<http://lms/courses/c/memberships?role=http%3A%2F%2Fpurl.imsglobal.org%2Fvocab%2Flis%2Fv2%2Fmembership%23Learner"
                + "&limit=20&from=60>; rel=\"next\"", DemoPaging.nextLink("http://lms/courses/c/memberships", filters, page));
        assertNull(DemoPaging.nextLink("http://lms/x", Map.of(), DemoPaging.page(ITEMS, "200", null, 50)));
    }
}
