package dk.laerepladsklar.webapp;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Faces' exception handling for ajax requests. Left alone, Mojarra answers a failed ajax request with a partial
 * response that names the exception class (and PrimeFaces shows nothing). Here the failure becomes an
 * {@link Incident} (logged with its trace) and the browser is redirected to the {@link IncidentPage} with its id.
 * Failures of full page requests go on to the servlet container, whose error page is the same incident page.
 */
public class AjaxFailures extends ExceptionHandlerFactory {

    public AjaxFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            if (context == null || !queued.hasNext() || !isAjax(context) || context.getExternalContext().isResponseCommitted()) {
                getWrapped().handle();
                return;
            }
            ExternalContext external = context.getExternalContext();
            Incident incident = Incident.of(queued.next().getContext().getException(),
                    "ajax " + external.getRequestServletPath());
            clear(getUnhandledExceptionQueuedEvents().iterator());
            try {
                external.redirect(external.getRequestContextPath() + IncidentPage.PATH + "?" + IncidentPage.INCIDENT_PARAMETER
                        + "=" + incident.id() + (incident.expired() ? "&" + IncidentPage.EXPIRED_PARAMETER + "=1" : ""));
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }

        private static void clear(Iterator<ExceptionQueuedEvent> events) {
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
        }

        private static boolean isAjax(FacesContext context) {
            try {
                return context.getPartialViewContext().isAjaxRequest();
            } catch (RuntimeException e) {
                return "partial/ajax".equals(context.getExternalContext().getRequestHeaderMap().get("Faces-Request"));
            }
        }
    }
}
