package com.creatorplatform.contract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule on requests shaped like the contracts' (brand_id, creator_id, creator_ids, nested
 * messages), built from descriptors.
 */
class TenantCheckTest {

    private static final FileDescriptor FILE = file();

    /** string brand_id, string creator_id, repeated string creator_ids, Nested nested. */
    private static final Descriptor REQUEST = FILE.findMessageTypeByName("Request");

    /** string brand_id. */
    private static final Descriptor NESTED = FILE.findMessageTypeByName("Nested");

    /** string name. */
    private static final Descriptor UNSCOPED = FILE.findMessageTypeByName("Unscoped");

    private static final CallerIdentity BRAND_A = CallerIdentity.brand("brand-a");
    private static final CallerIdentity CREATOR_A = CallerIdentity.creator("creator-a");

    @Test
    void aBrandMayActForItself() {
        assertEquals(
                Optional.empty(),
                TenantCheck.refusal(BRAND_A, request("brand-a", "anyone", List.of("anyone"))));
    }

    @Test
    void aBrandMayNotActForAnotherBrand() {
        assertEquals(
                Optional.of("caller brand brand-a may not act for brand brand-b"),
                TenantCheck.refusal(BRAND_A, request("brand-b", "", List.of())));
    }

    @Test
    void aBrandThatNamesNoBrandIsRefused() {
        assertEquals(
                Optional.of("caller brand brand-a sent an empty brand_id"),
                TenantCheck.refusal(BRAND_A, request("", "", List.of())));
    }

    @Test
    void nestedFieldsAreReadLikeTopLevelOnes() {
        var request = withNested(request("brand-a", "anyone", List.of("anyone")), "brand-b");
        assertEquals(
                Optional.of("caller brand brand-a may not act for brand brand-b"),
                TenantCheck.refusal(BRAND_A, request));
        assertEquals(
                Optional.empty(),
                TenantCheck.refusal(
                        BRAND_A, withNested(request("brand-a", "", List.of()), "brand-a")));
    }

    @Test
    void anEmptyNestedBrandIsRefusedNamingItsPath() {
        assertEquals(
                Optional.of("caller brand brand-a sent an empty nested.brand_id"),
                TenantCheck.refusal(BRAND_A, withNested(request("brand-a", "", List.of()), "")));
    }

    @Test
    void aNestedMessageLeftUnsetIsNotRead() {
        assertEquals(
                Optional.empty(), TenantCheck.refusal(BRAND_A, request("brand-a", "", List.of())));
    }

    @Test
    void aServiceBoundToABrandIsHeldToItLikeTheBrand() {
        var pipeline = CallerIdentity.brandService("order-pipeline", "brand-a");
        assertEquals(
                Optional.empty(),
                TenantCheck.refusal(pipeline, request("brand-a", "anyone", List.of())));
        assertEquals(
                Optional.of(
                        "caller service order-pipeline (brand brand-a) may not act for brand brand-b"),
                TenantCheck.refusal(
                        pipeline, withNested(request("brand-a", "", List.of()), "brand-b")));
    }

    @Test
    void aLongForeignIdIsNotEchoedWhole() {
        String refusal =
                TenantCheck.refusal(BRAND_A, request("b".repeat(10_000), "", List.of()))
                        .orElseThrow();
        assertEquals(
                "caller brand brand-a may not act for brand "
                        + "b".repeat(64)
                        + "... (10000 characters)",
                refusal);
    }

    @Test
    void aRequestWithoutTheFieldIsNotRestrictedByIt() {
        var unscoped =
                DynamicMessage.newBuilder(UNSCOPED)
                        .setField(UNSCOPED.findFieldByName("name"), "x")
                        .build();
        assertEquals(Optional.empty(), TenantCheck.refusal(BRAND_A, unscoped));
    }

    @Test
    void aCreatorMaySendOnlyRequestsThatNameACreator() {
        var unscoped =
                DynamicMessage.newBuilder(UNSCOPED)
                        .setField(UNSCOPED.findFieldByName("name"), "x")
                        .build();
        var onlyABrand =
                DynamicMessage.newBuilder(NESTED)
                        .setField(NESTED.findFieldByName("brand_id"), "brand-a")
                        .build();
        assertEquals(
                Optional.of(
                        "caller creator creator-a may not send Unscoped: it names no creator_id"),
                TenantCheck.refusal(CREATOR_A, unscoped));
        assertEquals(
                Optional.of("caller creator creator-a may not send Nested: it names no creator_id"),
                TenantCheck.refusal(CREATOR_A, onlyABrand));
    }

    @Test
    void aCreatorMayActForItselfWhateverBrandItNames() {
        assertEquals(
                Optional.empty(),
                TenantCheck.refusal(
                        CREATOR_A, request("brand-b", "creator-a", List.of("creator-a"))));
    }

    @Test
    void aCreatorMayNotActForAnotherCreator() {
        assertEquals(
                Optional.of("caller creator creator-a may not act for creator creator-b"),
                TenantCheck.refusal(CREATOR_A, request("", "creator-b", List.of())));
    }

    @Test
    void aCreatorOfSeveralBrandsActsForEachOfItsRecordsAndNoOther() {
        var ofTwoBrands = CallerIdentity.creator(List.of("creator-a", "creator-a2"));
        assertEquals(
                Optional.empty(),
                TenantCheck.refusal(
                        ofTwoBrands,
                        request("", "creator-a2", List.of("creator-a", "creator-a2"))));
        assertEquals(
                Optional.of(
                        "caller creator creator-a, creator-a2 may not act for creator creator-b"),
                TenantCheck.refusal(
                        ofTwoBrands, request("", "creator-a", List.of("creator-a", "creator-b"))));
    }

    @Test
    void everyCreatorOfABatchMustBeTheCaller() {
        assertEquals(
                Optional.of("caller creator creator-a may not act for creator creator-b"),
                TenantCheck.refusal(
                        CREATOR_A, request("", "creator-a", List.of("creator-a", "creator-b"))));
    }

    @Test
    void aCreatorMayNotAskForEveryCreatorWithAnEmptyList() {
        assertEquals(
                Optional.of("caller creator creator-a sent an empty creator_ids"),
                TenantCheck.refusal(CREATOR_A, request("brand-a", "creator-a", List.of())));
    }

    @Test
    void aCreatorThatNamesNoCreatorIsRefused() {
        assertEquals(
                Optional.of("caller creator creator-a sent an empty creator_id"),
                TenantCheck.refusal(CREATOR_A, request("brand-a", "", List.of())));
    }

    @Test
    void platformServicesAreNotRestricted() {
        assertEquals(
                Optional.empty(),
                TenantCheck.refusal(
                        CallerIdentity.service("tracking-service"),
                        request("brand-b", "creator-b", List.of("x"))));
    }

    private static DynamicMessage withNested(DynamicMessage request, String nestedBrand) {
        var nested =
                DynamicMessage.newBuilder(NESTED)
                        .setField(NESTED.findFieldByName("brand_id"), nestedBrand)
                        .build();
        return request.toBuilder().setField(REQUEST.findFieldByName("nested"), nested).build();
    }

    private static DynamicMessage request(
            String brandId, String creatorId, List<String> creatorIds) {
        return DynamicMessage.newBuilder(REQUEST)
                .setField(REQUEST.findFieldByName("brand_id"), brandId)
                .setField(REQUEST.findFieldByName("creator_id"), creatorId)
                .setField(REQUEST.findFieldByName("creator_ids"), creatorIds)
                .build();
    }

    private static FileDescriptor file() {
        try {
            return FileDescriptor.buildFrom(
                    FileDescriptorProto.newBuilder()
                            .setName("tenant_check_test.proto")
                            .setSyntax("proto3")
                            .setPackage("test")
                            .addMessageType(
                                    DescriptorProto.newBuilder()
                                            .setName("Nested")
                                            .addField(string("brand_id", 1)))
                            .addMessageType(
                                    DescriptorProto.newBuilder()
                                            .setName("Unscoped")
                                            .addField(string("name", 1)))
                            .addMessageType(
                                    DescriptorProto.newBuilder()
                                            .setName("Request")
                                            .addField(string("brand_id", 1))
                                            .addField(string("creator_id", 2))
                                            .addField(
                                                    string("creator_ids", 3)
                                                            .setLabel(
                                                                    FieldDescriptorProto.Label
                                                                            .LABEL_REPEATED))
                                            .addField(
                                                    FieldDescriptorProto.newBuilder()
                                                            .setName("nested")
                                                            .setNumber(4)
                                                            .setType(
                                                                    FieldDescriptorProto.Type
                                                                            .TYPE_MESSAGE)
                                                            .setTypeName(".test.Nested")))
                            .build(),
                    new FileDescriptor[0]);
        } catch (DescriptorValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldDescriptorProto.Builder string(String name, int number) {
        return FieldDescriptorProto.newBuilder()
                .setName(name)
                .setNumber(number)
                .setType(FieldDescriptorProto.Type.TYPE_STRING);
    }
}
