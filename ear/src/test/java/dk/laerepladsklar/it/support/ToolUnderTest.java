package dk.laerepladsklar.it.support;

import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import java.net.URL;

/** The addresses of a running tool and its demo LMS, from the deployment URL Arquillian hands out. */
public record ToolUnderTest(String toolBase, String lmsBase) {

    public static ToolUnderTest at(URL deploymentUrl) {
        int port = deploymentUrl.getPort();
        return new ToolUnderTest("http://localhost:" + port, "http://127.0.0.1:" + port + "/api/demo-lms");
    }

    public static ToolUnderTest onPort(int port) {
        return new ToolUnderTest("http://localhost:" + port, "http://127.0.0.1:" + port + "/api/demo-lms");
    }

    public DemoLaunchClient client() {
        return new DemoLaunchClient(DemoLaunchClient.newHttpClient(), lmsBase);
    }
}
