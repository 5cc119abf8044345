package com.creatorplatform.contract.webhook;

/**
 * Why a signed webhook was refused; the message is safe to show the sender. {@link
 * #signatureMismatch()} tells a well-formed request whose signature matched none of the secrets
 * from one refused for its form or age: only the former may be worth a second look with freshly
 * read secrets (one may just have been rotated).
 */
public final class WebhookRefused extends RuntimeException {

    private final boolean signatureMismatch;

    private WebhookRefused(String message, boolean signatureMismatch) {
        super(message, null, false, false);
        this.signatureMismatch = signatureMismatch;
    }

    /** Refused for its form or age. */
    public static WebhookRefused because(String message) {
        return new WebhookRefused(message, false);
    }

    /** Well formed and fresh, but signed with none of the secrets. */
    public static WebhookRefused mismatch() {
        return new WebhookRefused("the signature does not match", true);
    }

    public boolean signatureMismatch() {
        return signatureMismatch;
    }
}
