package com.creatorplatform.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.identity.CallerIdentityServerInterceptor;
import com.creatorplatform.contract.identity.TenantCheck;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc;
import com.creatorplatform.proto.campaign.v1.PublishedPostsFeedGrpc;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.DynamicMessage;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every rpc's request descriptor in the contracts (every service of every package, the
 * campaign package's nine as well as tracking's and payout's): every field that names a brand or a
 * creator, at any depth, is checked by {@link TenantCheck} (set it alone to another tenant, every
 * other such field to the caller's own, and the request is refused naming that tenant); every rpc
 * either names its tenant or is one of the few known to name none; and the read/write split a brand
 * viewer is held to follows the rpcs' names.
 */
class EveryRpcIsTenantCheckedTest {

    private static final Set<String> BRAND_FIELDS = Set.of("brand_id", "brand_ids");
    private static final Set<String> CREATOR_FIELDS = Set.of("creator_id", "creator_ids");

    /**
     * Rpcs whose requests name no brand or creator: each is safe for its own reason (see the
     * contracts).
     */
    private static final Set<String> UNSCOPED =
            Set.of(
                    "CreateBrand", // service-only: makes a new tenant
                    "BatchGetBrands", // brands' settings (name, currency, domains; no secret), read
                    // by id
                    "ListPublishedPosts", // service-only: the feed of every brand's publications
                    "ListApprovedPosts", // service-only: the feed of every brand's approvals
                    "RedeemInvitation", // service-only: the signed link names its membership
                    "SignUpBrand", // service-only: makes a new tenant with its first admin
                    "RedeemTeamInvitation"); // service-only: the signed link names its member

    private static final String OWN = "own";
    private static final String FOREIGN = "foreign";

    /** Every rpc of every service the contracts declare (see {@link ContractServices}). */
    static Stream<MethodDescriptor> rpcs() {
        return ContractServices.all().stream().flatMap(EveryRpcIsTenantCheckedTest::methods);
    }

    private static Stream<MethodDescriptor> methods(ServiceDescriptor service) {
        return ((ProtoServiceDescriptorSupplier) service.getSchemaDescriptor())
                .getServiceDescriptor().getMethods().stream();
    }

    @Test
    void everyServiceOfEveryContractIsWalked() {
        var walked = ContractServices.all().stream().map(ServiceDescriptor::getName).toList();
        assertTrue(
                walked.containsAll(
                        List.of(
                                BrandServiceGrpc.SERVICE_NAME,
                                PublishedPostsFeedGrpc.SERVICE_NAME,
                                TrackingServiceGrpc.SERVICE_NAME,
                                PayoutServiceGrpc.SERVICE_NAME)),
                walked.toString());
        assertEquals(12, walked.size(), "campaign's ten, tracking's and payout's: " + walked);
    }

    @Test
    void everyBrandFieldAtAnyDepthIsCheckedForABrand() {
        var checked = new TreeSet<String>();
        rpcs().forEach(
                        rpc ->
                                paths(rpc.getInputType(), BRAND_FIELDS)
                                        .forEach(
                                                path -> {
                                                    var request =
                                                            fill(
                                                                    rpc.getInputType(),
                                                                    BRAND_FIELDS,
                                                                    path);
                                                    assertEquals(
                                                            Optional.of(
                                                                    "caller brand own may not act for brand foreign"),
                                                            TenantCheck.refusal(
                                                                    CallerIdentity.brand(OWN),
                                                                    request),
                                                            rpc.getName() + " " + path);
                                                    assertEquals(
                                                            Optional.empty(),
                                                            TenantCheck.refusal(
                                                                    CallerIdentity.brand(OWN),
                                                                    fill(
                                                                            rpc.getInputType(),
                                                                            BRAND_FIELDS,
                                                                            null)),
                                                            rpc.getName()
                                                                    + " with every brand field its own");
                                                    checked.add(
                                                            rpc.getName()
                                                                    + ":"
                                                                    + String.join(".", path));
                                                }));
        assertTrue(
                checked.contains("GetReport:filter.brand_id"),
                "nested fields are walked: " + checked);
        assertTrue(checked.contains("ListTransactionDetails:filter.brand_id"), checked.toString());
        assertTrue(
                checked.containsAll(
                        List.of(
                                "ListCreatorLinks:brand_id",
                                "ListCreatorDiscountCodes:brand_id",
                                "BatchGetCommissions:brand_id")),
                "a creator's listings are held to the brand: " + checked);
    }

    @Test
    void everyCreatorFieldAtAnyDepthIsCheckedForACreator() {
        var checked = new TreeSet<String>();
        rpcs().forEach(
                        rpc ->
                                paths(rpc.getInputType(), CREATOR_FIELDS)
                                        .forEach(
                                                path -> {
                                                    var request =
                                                            fill(
                                                                    rpc.getInputType(),
                                                                    CREATOR_FIELDS,
                                                                    path);
                                                    assertEquals(
                                                            Optional.of(
                                                                    "caller creator own may not act for creator foreign"),
                                                            TenantCheck.refusal(
                                                                    CallerIdentity.creator(OWN),
                                                                    request),
                                                            rpc.getName() + " " + path);
                                                    checked.add(
                                                            rpc.getName()
                                                                    + ":"
                                                                    + String.join(".", path));
                                                }));
        assertTrue(
                checked.contains("GetReport:filter.creator_ids"),
                "nested fields are walked: " + checked);
        assertTrue(
                checked.containsAll(
                        List.of(
                                "ListCreatorLinks:creator_id",
                                "ListCreatorDiscountCodes:creator_id",
                                "ListPosts:creator_id",
                                "BatchGetCommissions:creator_ids")),
                "what a creator's `me` reads names the creator: " + checked);
    }

    @Test
    void aCreatorMaySendNoRequestThatNamesNoCreator() {
        var refused = new TreeSet<String>();
        rpcs().filter(rpc -> paths(rpc.getInputType(), CREATOR_FIELDS).isEmpty())
                .forEach(
                        rpc -> {
                            assertTrue(
                                    TenantCheck.refusal(
                                                    CallerIdentity.creator(OWN),
                                                    fill(rpc.getInputType(), BRAND_FIELDS, null))
                                            .orElseThrow()
                                            .endsWith(": it names no creator_id"),
                                    rpc.getName());
                            refused.add(rpc.getName());
                        });
        assertTrue(
                refused.containsAll(
                        List.of("ListCampaigns", "ListOfferVersions", "SearchCreators")),
                refused.toString());
        assertFalse(refused.contains("BatchGetCampaigns"), "a creator reads their campaigns");
        assertFalse(refused.contains("BatchGetOffersInEffect"), "and the offers in effect");
    }

    @Test
    void everyRpcNamesItsTenantOrIsKnownNotTo() {
        var unscoped = new TreeSet<String>();
        rpcs().filter(
                        rpc ->
                                paths(rpc.getInputType(), BRAND_FIELDS).isEmpty()
                                        && paths(rpc.getInputType(), CREATOR_FIELDS).isEmpty())
                .forEach(rpc -> unscoped.add(rpc.getName()));
        assertEquals(
                new TreeSet<>(UNSCOPED),
                unscoped,
                "a new rpc must name its brand or creator, or be added here with its reason");
    }

    @Test
    void aBrandViewerMayCallExactlyTheReads() {
        var reads = new TreeSet<String>();
        rpcs().filter(rpc -> CallerIdentityServerInterceptor.isRead(rpc.getName()))
                .forEach(rpc -> reads.add(rpc.getName()));
        assertTrue(
                reads.containsAll(
                        List.of(
                                "BatchGetCampaigns",
                                "ListCampaigns",
                                "GetReport",
                                "ListTransactionDetails",
                                "BatchGetBalances",
                                "BatchListCreatorPosts",
                                "ExportPayoutRun",
                                "RankCandidates",
                                "SearchCreators",
                                "WatchCreatorEarnings",
                                "ListCreatorLinks",
                                "ListCreatorDiscountCodes")),
                reads.toString());
        assertTrue(
                reads.stream()
                        .noneMatch(
                                name ->
                                        name.startsWith("Create")
                                                || name.startsWith("Record")
                                                || name.startsWith("Approve")
                                                || name.startsWith("Publish")
                                                || name.startsWith("Start")
                                                || name.startsWith("Mark")
                                                || name.startsWith("Apply")),
                reads.toString());
    }

    /** Every path (field names from the request) to a string field of these names. */
    private static List<List<String>> paths(Descriptor type, Set<String> names) {
        var found = new ArrayList<List<String>>();
        walk(type, names, new ArrayList<>(), new HashSet<>(), found);
        return found;
    }

    private static void walk(
            Descriptor type,
            Set<String> names,
            List<String> prefix,
            Set<String> seen,
            List<List<String>> found) {
        if (!seen.add(type.getFullName())) {
            return;
        }
        for (FieldDescriptor field : type.getFields()) {
            var path = new ArrayList<>(prefix);
            path.add(field.getName());
            if (field.getJavaType() == FieldDescriptor.JavaType.STRING
                    && names.contains(field.getName())) {
                found.add(path);
            } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                    && !field.isMapField()) {
                walk(field.getMessageType(), names, path, seen, found);
            }
        }
        seen.remove(type.getFullName());
    }

    /**
     * A request with every such field (and the messages holding them) set to OWN, but the one path
     * to FOREIGN.
     */
    private static DynamicMessage fill(
            Descriptor type, Set<String> names, List<String> foreignPath) {
        var builder = DynamicMessage.newBuilder(type);
        for (FieldDescriptor field : type.getFields()) {
            boolean onPath =
                    foreignPath != null
                            && !foreignPath.isEmpty()
                            && foreignPath.get(0).equals(field.getName());
            if (field.getJavaType() == FieldDescriptor.JavaType.STRING
                    && names.contains(field.getName())) {
                String value = onPath ? FOREIGN : OWN;
                if (field.isRepeated()) {
                    builder.addRepeatedField(field, value);
                } else {
                    builder.setField(field, value);
                }
            } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                    && !field.isMapField()
                    && !paths(field.getMessageType(), names).isEmpty()) {
                var nested =
                        fill(
                                field.getMessageType(),
                                names,
                                onPath ? foreignPath.subList(1, foreignPath.size()) : null);
                if (field.isRepeated()) {
                    builder.addRepeatedField(field, nested);
                } else {
                    builder.setField(field, nested);
                }
            }
        }
        return builder.build();
    }
}
