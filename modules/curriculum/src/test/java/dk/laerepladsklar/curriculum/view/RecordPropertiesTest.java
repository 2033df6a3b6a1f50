package dk.laerepladsklar.curriculum.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordPropertiesTest {

    public record Trade(String name, List<String> tasks) {
        public int taskCount() {
            return tasks.size();
        }
    }

    private final RecordProperties resolver = new RecordProperties();

    @Test
    void readsComponentsAndNoArgumentMethodsOfRecords() {
        Trade trade = new Trade("Tømrer", List.of("måle", "save"));

        ELContext context = new Context();
        assertEquals("Tømrer", resolver.getValue(context, trade, "name"));
        assertTrue(context.isPropertyResolved());
        assertEquals(2, resolver.getValue(new Context(), trade, "taskCount"));
        assertTrue(resolver.isReadOnly(new Context(), trade, "name"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(new Context(), trade, "name", "Bager"));
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        Context context = new Context();
        assertNull(resolver.getValue(context, new Trade("Kok", List.of()), "nothing"));
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, new Trade("Kok", List.of()), "wait"));
        assertFalse(context.isPropertyResolved());
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
