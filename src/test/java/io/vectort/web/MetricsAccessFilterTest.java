package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class MetricsAccessFilterTest {

    @Test
    void withoutTokenAndWithoutManagementPortMetricsAreClosed() throws Exception {
        MockHttpServletResponse response = run(new WebProperties("", List.of(), ""), "/api/metrics", null);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void healthProbesPassWithoutToken() throws Exception {
        assertThat(run(new WebProperties("", List.of(), ""), "/actuator/health/readiness", null)
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theTokenOpensMetricsAndAWrongOneIsUnauthorized() throws Exception {
        WebProperties properties = new WebProperties("", List.of(), "a-scrape-token-of-some-length");
        assertThat(run(properties, "/actuator/prometheus", "Bearer a-scrape-token-of-some-length")
                        .getStatus())
                .isEqualTo(200);
        assertThat(run(properties, "/actuator/prometheus", "Bearer a-scrape-token-of-some-lengtH")
                        .getStatus())
                .isEqualTo(401);
        assertThat(run(properties, "/actuator/prometheus", "Basic YTpi").getStatus())
                .isEqualTo(401);
    }

    private static MockHttpServletResponse run(WebProperties properties, String path, String authorization)
            throws Exception {
        MetricsAccessFilter filter = new MetricsAccessFilter(
                properties,
                new MockEnvironment(),
                new ProblemWriter(JsonMapper.builder().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();
        FilterChain chain = (req, res) -> passed.set(true);
        filter.doFilter(request, response, chain);
        assertThat(passed.get()).isEqualTo(response.getStatus() == 200);
        return response;
    }
}
