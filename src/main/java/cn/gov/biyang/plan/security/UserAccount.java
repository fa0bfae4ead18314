package cn.gov.biyang.plan.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in. A liaison is bound to one unit (by id, so security does not depend on organization). */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    private String email;

    private String phone;

    private boolean enabled = true;

    private boolean mustChangePassword;

    private boolean demo;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant lastLoginAt;

    private int failedLogins;

    private Instant lockedUntil;

    private Instant passwordChangedAt;

    private String totpSecret;

    private String totpPendingSecret;

    private boolean totpEnabled;

    private long totpLastStep;

    private Instant disabledAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, Long unitId, boolean demo,
                Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.unitId = unitId;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getUnitId() {
        return unitId;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isDemo() {
        return demo;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void markLoggedIn(Instant when) {
        this.lastLoginAt = when;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    void setPassword(String hash, Instant when) {
        this.passwordHash = hash;
        this.passwordChangedAt = when;
    }

    /** Re-hashes with the current algorithm without counting as a password change (see PasswordConfiguration). */
    void upgradeHash(String hash) {
        this.passwordHash = hash;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    void disable(Instant when) {
        this.enabled = false;
        this.disabledAt = when;
    }

    void enable() {
        this.enabled = true;
        this.disabledAt = null;
    }

    Instant getDisabledAt() {
        return disabledAt;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    /** Counts one more wrong password or code; returns the new count. */
    int countFailure() {
        return ++failedLogins;
    }

    void resetFailures() {
        this.failedLogins = 0;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void lockUntil(Instant until) {
        this.lockedUntil = until;
        this.failedLogins = 0;
    }

    void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    boolean isTotpEnabled() {
        return totpEnabled;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    String getTotpPendingSecret() {
        return totpPendingSecret;
    }

    void setTotpPendingSecret(String secret) {
        this.totpPendingSecret = secret;
    }

    /** The pending secret becomes the enrolled one. */
    void activateTotp() {
        this.totpSecret = totpPendingSecret;
        this.totpPendingSecret = null;
        this.totpEnabled = true;
    }

    void clearTotp() {
        this.totpSecret = null;
        this.totpPendingSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = 0;
    }

    long getTotpLastStep() {
        return totpLastStep;
    }

    void setTotpLastStep(long step) {
        this.totpLastStep = step;
    }
}
