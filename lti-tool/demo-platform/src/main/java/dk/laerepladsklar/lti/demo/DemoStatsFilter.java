package dk.laerepladsklar.lti.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Counts every answer of a {@link DemoCounted} endpoint, refusals included. */
@Provider
@DemoCounted
public class DemoStatsFilter implements ContainerResponseFilter {

    @Inject
    DemoServiceStats stats;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        DemoCounted counted = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(DemoCounted.class);
        if (counted != null && !counted.value().isEmpty()) {
            stats.count(counted.value(), response.getStatus());
        }
    }
}
