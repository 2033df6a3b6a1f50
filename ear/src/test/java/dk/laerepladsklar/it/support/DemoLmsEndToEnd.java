package dk.laerepladsklar.it.support;

import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An end-to-end test of the whole application on WildFly with PostgreSQL, driven over HTTP as the demo LMS and its
 * people drive it: the application deployed for the test class, and before each test the tool's addresses, a demo LMS
 * client and the demo courses (place, launch, call with a launch context, await a grade).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DemoLmsEndToEnd {

    @ArquillianResource
    protected URL url;

    protected ToolUnderTest tool;
    protected DemoLaunchClient client;
    protected DemoCourses courses;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    protected void reachTheToolAndTheDemoLms() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        courses = new DemoCourses(client, tool);
    }
}
