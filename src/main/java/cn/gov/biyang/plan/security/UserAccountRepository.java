package cn.gov.biyang.plan.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    /** The account locked for this transaction: concurrent wrong passwords are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsernameForUpdate(@Param("username") String username);

    @Query("select u from UserAccount u order by u.role, u.username")
    List<UserAccount> findAllOrdered();

    @Query("select u from UserAccount u where u.unitId = :unitId order by u.username")
    List<UserAccount> findByUnitId(@Param("unitId") Long unitId);
}
