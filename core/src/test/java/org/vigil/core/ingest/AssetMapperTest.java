package org.vigil.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.IdentifierType;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;

class AssetMapperTest {

    private static Asset asset(String id, AssetIdentifier... identifiers) {
        return new Asset(id, AssetKind.SERVER, "shop", id, "", 3, List.of(), List.of(identifiers), Optional.empty());
    }

    private static AssetIdentifier id(IdentifierType type, String value) {
        return new AssetIdentifier(type, value);
    }

    /** A mapper of one scenario, {@code shop}, holding the assets. */
    private static AssetMapper shopWith(Asset... assets) {
        return new AssetMapper(List.of(firm("shop", assets)));
    }

    private final AssetMapper mapper = shopWith(
            asset("web", id(IdentifierType.IP, "10.0.1.10"), id(IdentifierType.HOSTNAME, "web01.shop.example")),
            asset("dmz", id(IdentifierType.CIDR, "10.0.1.0/24")),
            asset("corp", id(IdentifierType.CIDR, "10.0.0.0/16")),
            asset("v6", id(IdentifierType.CIDR, "2001:db8:1::/48")),
            asset("ana", id(IdentifierType.USER_NAME, "ana.silva"), id(IdentifierType.EMAIL, "ana@shop.example")),
            asset("van", id(IdentifierType.VEHICLE_ID, "VAN-07"), id(IdentifierType.DEVICE_ID, "GPS-1138")));

    private static Event naming(EntityType type, String value) {
        return naming(new Entity(type, value));
    }

    private static Event naming(Entity... entities) {
        return new Event(
                "e-0",
                Instant.EPOCH,
                Instant.EPOCH,
                "test",
                FeedFormat.VIGIL,
                EventCategory.OTHER,
                EventSeverity.INFO,
                "",
                List.of(),
                List.of(entities),
                List.of(),
                "{}");
    }

    private List<String> assets(EntityType type, String value) {
        return mapper.map(naming(type, value)).assetIds();
    }

    @Test
    void anExactIpWinsOverTheNetworksItIsIn() {
        assertThat(assets(EntityType.IP, "10.0.1.10")).containsExactly("shop/web");
    }

    @Test
    void anIpInsideNestedNetworksMapsToTheMostSpecific() {
        assertThat(assets(EntityType.IP, "10.0.1.77")).containsExactly("shop/dmz");
        assertThat(assets(EntityType.IP, "10.0.9.9")).containsExactly("shop/corp");
        assertThat(assets(EntityType.IP, "2001:db8:1::5")).containsExactly("shop/v6");
        assertThat(assets(EntityType.IP, "192.0.2.1")).isEmpty();
    }

    @Test
    void anIpWrittenAnotherWayMapsLikeItsPlainForm() {
        assertThat(assets(EntityType.IP, " 10.0.1.10 ")).containsExactly("shop/web");
        assertThat(assets(EntityType.IP, "[10.0.1.77]")).containsExactly("shop/dmz");
        assertThat(assets(EntityType.IP, "::ffff:10.0.1.10")).containsExactly("shop/web");
        assertThat(assets(EntityType.IP, "::ffff:10.0.9.9")).containsExactly("shop/corp");
    }

    @Test
    void everyAssetOnTheMostSpecificNetworkIsMappedAndNoLessSpecificOne() {
        // given nested networks, two assets sharing one, and a default route
        AssetMapper shared = shopWith(
                asset("anywhere", id(IdentifierType.CIDR, "0.0.0.0/0")),
                asset("lan-a", id(IdentifierType.CIDR, "10.0.0.0/16")),
                asset("lan-b", id(IdentifierType.CIDR, "10.0.0.0/16"), id(IdentifierType.CIDR, "10.1.0.0/16")),
                asset("host", id(IdentifierType.CIDR, "10.0.0.5/32")));

        // when addresses are mapped, then the most specific network holding each decides

        assertThat(shared.map(naming(EntityType.IP, "10.0.3.4")).assetIds())
                .containsExactly("shop/lan-a", "shop/lan-b");
        assertThat(shared.map(naming(EntityType.IP, "10.1.3.4")).assetIds()).containsExactly("shop/lan-b");
        assertThat(shared.map(naming(EntityType.IP, "10.0.0.5")).assetIds()).containsExactly("shop/host");
        assertThat(shared.map(naming(EntityType.IP, "203.0.113.9")).assetIds()).containsExactly("shop/anywhere");
    }

    @Test
    void hostsMatchWithOrWithoutTheirDomainAndInAnyCase() {
        assertThat(assets(EntityType.HOST, "WEB01.shop.example")).containsExactly("shop/web");
        assertThat(assets(EntityType.HOST, "web01")).containsExactly("shop/web");
        assertThat(assets(EntityType.URL, "https://web01.shop.example:8443/admin?x=1"))
                .containsExactly("shop/web");
    }

    @Test
    void usersMatchAcrossDomainPrefixesAndEmailForms() {
        assertThat(assets(EntityType.USER, "CORP\\Ana.Silva")).containsExactly("shop/ana");
        assertThat(assets(EntityType.USER, "ana.silva@corp.example")).containsExactly("shop/ana");
        assertThat(assets(EntityType.EMAIL, "ana@shop.example")).containsExactly("shop/ana");
    }

    @Test
    void anAddressMapsToItsOwnMailboxNotToNamesakesElsewhere() {
        // given two organisations' staff called m.ferreira, the bank's with her address
        AssetMapper twoFirms = new AssetMapper(List.of(
                firm("shop", asset("shop-mferreira", id(IdentifierType.USER_NAME, "m.ferreira"))),
                firm(
                        "bank",
                        asset(
                                "bank-mferreira",
                                id(IdentifierType.USER_NAME, "m.ferreira"),
                                id(IdentifierType.EMAIL, "m.ferreira@bank.example")))));

        // then the bank's address and UPN find only the bank's account; the bare name finds both
        assertThat(twoFirms.assetsOf(new Entity(EntityType.EMAIL, "M.Ferreira@bank.example")))
                .containsExactly("bank/bank-mferreira");
        assertThat(twoFirms.assetsOf(new Entity(EntityType.USER, "m.ferreira@bank.example")))
                .containsExactly("bank/bank-mferreira");
        assertThat(twoFirms.assetsOf(new Entity(EntityType.USER, "m.ferreira")))
                .containsExactlyInAnyOrder("shop/shop-mferreira", "bank/bank-mferreira");
        // an address no asset has falls back to its user name
        assertThat(twoFirms.assetsOf(new Entity(EntityType.EMAIL, "m.ferreira@elsewhere.example")))
                .containsExactlyInAnyOrder("shop/shop-mferreira", "bank/bank-mferreira");
    }

    @Test
    void aNamesakeResolvesToTheFirmTheRestOfTheEventPointsAt() {
        // given two firms' m.ferreira, the bank's workstation, and a third firm's courier van
        AssetMapper twoFirms = new AssetMapper(List.of(
                firm("shop", asset("shop-mferreira", id(IdentifierType.USER_NAME, "m.ferreira"))),
                firm(
                        "bank",
                        asset("bank-mferreira", id(IdentifierType.USER_NAME, "m.ferreira")),
                        asset("bank-ws", id(IdentifierType.HOSTNAME, "bo-ws-0412.corp.bank.example"))),
                firm("courier", asset("van", id(IdentifierType.VEHICLE_ID, "VAN-07")))));

        // when an event names the bare user on the bank's workstation
        Event onTheBanksWorkstation =
                naming(new Entity(EntityType.USER, "CORP\\m.ferreira"), new Entity(EntityType.HOST, "bo-ws-0412"));

        // then only the bank's account is concerned; with nothing else to go by, both are
        assertThat(twoFirms.map(onTheBanksWorkstation).assetIds())
                .containsExactly("bank/bank-mferreira", "bank/bank-ws");
        assertThat(twoFirms.map(naming(EntityType.USER, "m.ferreira")).assetIds())
                .containsExactlyInAnyOrder("shop/shop-mferreira", "bank/bank-mferreira");
        // and when what the rest points at is neither firm, both stay
        assertThat(twoFirms.map(naming(
                                new Entity(EntityType.USER, "m.ferreira"), new Entity(EntityType.VEHICLE_ID, "VAN-07")))
                        .assetIds())
                .containsExactlyInAnyOrder("shop/shop-mferreira", "bank/bank-mferreira", "courier/van");
    }

    private static Scenario firm(String id, Asset... assets) {
        return new Scenario(
                id,
                id,
                "",
                List.of(new Organisation("shop", OrganisationType.RETAILER, id)),
                List.of(),
                List.of(assets),
                List.of(),
                List.of(),
                ScenarioTexts.NONE);
    }

    @Test
    void devicesAndVehiclesMatchById() {
        assertThat(assets(EntityType.VEHICLE_ID, "van-07")).containsExactly("shop/van");
        assertThat(assets(EntityType.DEVICE_ID, "GPS-1138")).containsExactly("shop/van");
    }

    @Test
    void anEventNamingNothingModelledStaysUnmapped() {
        assertThat(assets(EntityType.DOMAIN, "evil.example")).isEmpty();
        assertThat(assets(EntityType.IP, "not-an-ip")).isEmpty();
        assertThat(assets(EntityType.IP, "999.1.1.1")).isEmpty();
    }
}
