package cn.gov.biyang.plan.security;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserSessionRepository extends JpaRepository<UserSession, Long> {

    /** Sessions not ended, not idle too long and not past their lifetime (rows of a crashed instance age out). */
    @Query("""
            select s from UserSession s where lower(s.username) = lower(:username) and s.endedAt is null
            and s.lastSeenAt > :idleSince and s.startedAt > :startedSince order by s.startedAt desc""")
    List<UserSession> findOpen(@Param("username") String username, @Param("idleSince") Instant idleSince,
                               @Param("startedSince") Instant startedSince);

    @Query("select s.endedAt is null from UserSession s where s.id = :id")
    Boolean isOpen(@Param("id") Long id);

    @Modifying
    @Query("update UserSession s set s.lastSeenAt = :when where s.id = :id and s.endedAt is null")
    int touch(@Param("id") Long id, @Param("when") Instant when);

    @Query("select s.id from UserSession s where lower(s.username) = lower(:username) and s.endedAt is null")
    List<Long> findIdsNotEnded(@Param("username") String username);

    @Modifying
    @Query("""
            update UserSession s set s.endedAt = :when, s.endReason = :reason
            where lower(s.username) = lower(:username) and s.endedAt is null""")
    int endAllOf(@Param("username") String username, @Param("when") Instant when, @Param("reason") String reason);
}
