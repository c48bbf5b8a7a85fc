package io.vectort.generation.deploy.netlify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NetlifyWireTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsADeployWithItsRequiredDigestsAndUrls() {
        NetlifyWire.Deploy deploy = JSON.readValue("""
                {"id":"d1","site_id":"s1","state":"uploading","required":["aaa","bbb"],
                 "ssl_url":"https://site.netlify.app","deploy_ssl_url":"https://d1--site.netlify.app"}""", NetlifyWire.Deploy.class);
        assertThat(deploy.siteId()).isEqualTo("s1");
        assertThat(deploy.required()).containsExactly("aaa", "bbb");
        assertThat(deploy.sslUrl()).isEqualTo("https://site.netlify.app");
        assertThat(deploy.deploySslUrl()).isEqualTo("https://d1--site.netlify.app");
    }

    @Test
    void readsTheMessageOfNetlifysErrorBody() {
        assertThat(NetlifyWire.errorMessage(JSON.readTree("{\"code\":401,\"message\":\"Access Denied\"}")))
                .contains("Access Denied");
        assertThat(NetlifyWire.errorMessage(JSON.readTree("{\"code\":500}"))).isEmpty();
    }
}
