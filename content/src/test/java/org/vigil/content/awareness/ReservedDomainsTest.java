package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservedDomainsTest {

    @Test
    void exampleTestInvalidAndDocumentationAddressesAreReserved() {
        String text =
                "Write to help@paczkamig.example or see https://www.paczkamig.example/track, https://example.com, "
                        + "http://shop.test:8080/a, https://203.0.113.7/ and www.coliseclair.example.";

        assertThat(ReservedDomains.unreservedHosts(text)).isEmpty();
    }

    @Test
    void realLookingHostsAreFoundInUrlsMailAddressesAndWwwNames() {
        String text =
                "Pay at https://paczkamig.pl/pay, write to help@swiftpost.co.uk, visit www.colis.fr or http://8.8.8.8/x";

        assertThat(ReservedDomains.unreservedHosts(text))
                .containsExactly("paczkamig.pl", "8.8.8.8", "swiftpost.co.uk", "www.colis.fr");
    }

    @Test
    void templateVariablesAreNotHosts() {
        assertThat(ReservedDomains.unreservedHosts("{{.URL}} {{.BaseURL}}/x {{.Email}}"))
                .isEmpty();
    }
}
