package cn.gov.biyang.plan.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; carries the unit so services can check object-level access. */
class PortalUserDetails implements UserDetails {

    private final SignedInUser user;
    private final String passwordHash;
    private final boolean enabled;

    PortalUserDetails(UserAccount account) {
        this.user = new SignedInUser(account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getUnitId());
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
