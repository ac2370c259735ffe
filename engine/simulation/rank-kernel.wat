;; The rank Monte Carlo's hot loops in WebAssembly (text format). `npm run build:wasm` compiles this file with wabt
;; into rank-kernel-wasm.ts (the bytes the engine loads); test/engine/simulation/rank-kernel-wasm.test.ts checks that
;; the two agree. rank-kernel-instance.ts lays out the memory and fills in the model; rank-monte-carlo.ts reseeds each
;; stream block and reads the counts. The random stream is the one rank-stream.ts defines, draw for draw, so a run
;; gives the same counts as the TypeScript kernel it replaced (same arithmetic in the same order: bit-identical);
;; test/engine/simulation/rank-kernel-pinned.test.ts pins the counts on synthetic models (ties, noise, wide fields).
;;
;; Memory (byte offsets set by `setup`): STATE i32[4] (xoshiro128** words), TOTALS f64[n], NOISE f64[n], MOVES i32[n]
;; (1 = draws from the pool), CHANGES f64[pool] (province residuals), SHIFTS f64[years] (year-wide shifts) followed
;; by SHIFT_AT u64[years] (where each shift's share of the u32 draws starts, ascending; SHIFT_AT[0] = 0), NOW
;; f64[2 * steps] (this draw's shift and field mean per simulated year), VALUES f64[n] (this draw), SORTED f64[n] +
;; ORDER i32[n] (this draw, highest first, and each value's province), BUCKET_OF i32[n], BUCKET_START i32[2n + 1]
;; (zero between calls), PENDING (i32 province, position, layer)[n], K i32[128] + W f64[128] (ziggurat tables), HIST
;; i32[n * n] or i32[n], REVERTED f64[n] (each province's first-year reversion term, filled by `setup`).
(module
  (import "host" "memory" (memory 1))
  ;; Finishes a normal the ziggurat's fast path rejected (wedge or tail, which need exp and log):
  ;; VALUES[province] += NOISE[province] * normal, drawing further outputs from STATE.
  (import "host" "slowNormal" (func $slowNormal (param i32 i32 i32)))

  (global $n (mut i32) (i32.const 0))
  (global $steps (mut i32) (i32.const 0))
  (global $pool (mut i32) (i32.const 0))
  (global $epsilon (mut f64) (f64.const 0))
  (global $years (mut i32) (i32.const 0))
  (global $shiftSteps (mut i32) (i32.const 0))
  (global $reversion (mut f64) (f64.const 0))
  (global $centre (mut f64) (f64.const 0))
  (global $SHIFTS (mut i32) (i32.const 0))
  (global $NOW (mut i32) (i32.const 0))
  (global $STATE (mut i32) (i32.const 0))
  (global $TOTALS (mut i32) (i32.const 0))
  (global $NOISE (mut i32) (i32.const 0))
  (global $MOVES (mut i32) (i32.const 0))
  (global $CHANGES (mut i32) (i32.const 0))
  (global $VALUES (mut i32) (i32.const 0))
  (global $SORTED (mut i32) (i32.const 0))
  (global $ORDER (mut i32) (i32.const 0))
  (global $BUCKET_OF (mut i32) (i32.const 0))
  (global $BUCKET_START (mut i32) (i32.const 0))
  (global $PENDING (mut i32) (i32.const 0))
  (global $K (mut i32) (i32.const 0))
  (global $W (mut i32) (i32.const 0))
  (global $HIST (mut i32) (i32.const 0))
  (global $REVERTED (mut i32) (i32.const 0))
  ;; 1 when every province moves one simulated year without noise (the published field): the draw's short loop
  (global $plain (mut i32) (i32.const 0))
  ;; this draw's lowest and highest value (set by $draw, read by $sort)
  (global $low (mut f64) (f64.const 0))
  (global $high (mut f64) (f64.const 0))

  (func (export "setup")
    (param $n i32) (param $steps i32) (param $pool i32) (param $epsilon f64)
    (param $years i32) (param $reversion f64) (param $centre f64) (param $shiftSteps i32)
    (param $state i32) (param $totals i32) (param $noise i32) (param $moves i32) (param $changes i32)
    (param $shifts i32) (param $now i32)
    (param $values i32) (param $sorted i32) (param $order i32) (param $bucketOf i32) (param $bucketStart i32)
    (param $pending i32) (param $k i32) (param $w i32) (param $hist i32) (param $reverted i32)
    (local $j i32) (local $plain i32)
    (global.set $n (local.get $n))
    (global.set $steps (local.get $steps))
    (global.set $pool (local.get $pool))
    (global.set $epsilon (local.get $epsilon))
    (global.set $years (local.get $years))
    (global.set $shiftSteps (local.get $shiftSteps))
    (global.set $reversion (local.get $reversion))
    (global.set $centre (local.get $centre))
    (global.set $SHIFTS (local.get $shifts))
    (global.set $NOW (local.get $now))
    (global.set $STATE (local.get $state))
    (global.set $TOTALS (local.get $totals))
    (global.set $NOISE (local.get $noise))
    (global.set $MOVES (local.get $moves))
    (global.set $CHANGES (local.get $changes))
    (global.set $VALUES (local.get $values))
    (global.set $SORTED (local.get $sorted))
    (global.set $ORDER (local.get $order))
    (global.set $BUCKET_OF (local.get $bucketOf))
    (global.set $BUCKET_START (local.get $bucketStart))
    (global.set $PENDING (local.get $pending))
    (global.set $K (local.get $k))
    (global.set $W (local.get $w))
    (global.set $HIST (local.get $hist))
    (global.set $REVERTED (local.get $reverted))
    ;; REVERTED[j] = reversion * (TOTALS[j] - centre): the first simulated year's reversion term, the same product
    ;; $draw's general loop computes (the field's mean that year is the centre), made once
    (local.set $plain
      (i32.and
        (i32.and (i32.eq (local.get $steps) (i32.const 1)) (i32.gt_s (local.get $pool) (i32.const 0)))
        (i32.gt_s (local.get $n) (i32.const 0))))
    (block $done
      (loop $province
        (br_if $done (i32.ge_s (local.get $j) (local.get $n)))
        (f64.store (i32.add (local.get $reverted) (i32.shl (local.get $j) (i32.const 3)))
          (f64.mul (local.get $reversion)
            (f64.sub
              (f64.load (i32.add (local.get $totals) (i32.shl (local.get $j) (i32.const 3))))
              (local.get $centre))))
        (if
          (i32.or
            (i32.eqz (i32.load (i32.add (local.get $moves) (i32.shl (local.get $j) (i32.const 2)))))
            (f64.ne (f64.load (i32.add (local.get $noise) (i32.shl (local.get $j) (i32.const 3)))) (f64.const 0)))
          (then (local.set $plain (i32.const 0))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $province)))
    (global.set $plain (local.get $plain)))

  ;; One draw of every province's total into VALUES, and the draw's lowest and highest value into $low and $high.
  ;; First, when there are year-wide shifts, one per simulated year (SHIFTS[k] for the u32 draw in [SHIFT_AT[k],
  ;; SHIFT_AT[k + 1]): equal shares floor(u32 * years / 2^32) unless weighted) into NOW with
  ;; the field's mean that year (the start mean plus the shifts before). Then province by province: a moving
  ;; province, for each simulated year s, x += shift_s + reversion * (x - mean_s) + CHANGES[floor(u32 * pool / 2^32)];
  ;; a province with non-zero NOISE its normal noise by the ziggurat's fast path (low 7 bits the layer, high 25 bits
  ;; signed the position); the draws that path rejects are finished after the others, in province order. The
  ;; xoshiro128** step (Blackman and Vigna) is written out at each place so that the four words stay in locals;
  ;; floor(u32 * m / 2^32) is computed in 64-bit integers (exact). When every province moves one year without noise
  ;; ($plain: the published field), a short loop does the same arithmetic in the same order with the first year's
  ;; reversion term made once (REVERTED), so it gives the same values bit for bit.
  (func $draw
    (local $j i32) (local $n i32) (local $x f64) (local $s i32) (local $steps i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $m i32) (local $r i32) (local $t i32)
    (local $layer i32) (local $position i32) (local $pending i32) (local $at i32)
    (local $totals i32) (local $noise i32) (local $moves i32) (local $changes i32) (local $values i32)
    (local $K i32) (local $W i32) (local $pool i64) (local $reverted i32)
    (local $now i32) (local $reversion f64) (local $mean f64) (local $shift f64) (local $low f64) (local $high f64)
    (local $pick i32) (local $top i32) (local $middle i32) (local $shiftAt i32)
    (local.set $n (global.get $n))
    (local.set $shiftAt (i32.add (global.get $SHIFTS) (i32.shl (global.get $years) (i32.const 3))))
    (local.set $steps (global.get $steps))
    (local.set $totals (global.get $TOTALS))
    (local.set $noise (global.get $NOISE))
    (local.set $moves (global.get $MOVES))
    (local.set $changes (global.get $CHANGES))
    (local.set $values (global.get $VALUES))
    (local.set $K (global.get $K))
    (local.set $W (global.get $W))
    (local.set $pool (i64.extend_i32_u (global.get $pool)))
    (local.set $s0 (i32.load offset=0 (global.get $STATE)))
    (local.set $s1 (i32.load offset=4 (global.get $STATE)))
    (local.set $s2 (i32.load offset=8 (global.get $STATE)))
    (local.set $s3 (i32.load offset=12 (global.get $STATE)))
    (local.set $now (global.get $NOW))
    (local.set $reversion (global.get $reversion))
    (local.set $mean (global.get $centre))
    (local.set $low (f64.const inf))
    (local.set $high (f64.const -inf))
    (local.set $s (i32.const 0))
    (block $shifted
      (loop $shiftYear
        (br_if $shifted (i32.ge_s (local.get $s) (local.get $steps)))
        (local.set $shift (f64.const 0))
        ;; a shift is drawn in the first SHIFT_STEPS simulated years (all of them, or the first alone when each
        ;; shift stands for the sum over every year)
        (if (i32.and (i32.ne (global.get $years) (i32.const 0)) (i32.lt_s (local.get $s) (global.get $shiftSteps)))
          (then
            ;; xoshiro128**
            (local.set $m (i32.mul (local.get $s1) (i32.const 5)))
            (local.set $r (i32.mul (i32.rotl (local.get $m) (i32.const 7)) (i32.const 9)))
            (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
            (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
            (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
            (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
            (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
            ;; the shift whose share of [0, 2^32) holds the draw: index = how many of SHIFT_AT[1..years) are <= it,
            ;; by halving (the first k >= 1 with SHIFT_AT[k] > the draw, less one)
            (local.set $pick (i32.const 1))
            (local.set $top (global.get $years))
            (block $picked
              (loop $halve
                (br_if $picked (i32.ge_u (local.get $pick) (local.get $top)))
                (local.set $middle (i32.shr_u (i32.add (local.get $pick) (local.get $top)) (i32.const 1)))
                (if
                  (i64.ge_u (i64.extend_i32_u (local.get $r))
                    (i64.load (i32.add (local.get $shiftAt) (i32.shl (local.get $middle) (i32.const 3)))))
                  (then (local.set $pick (i32.add (local.get $middle) (i32.const 1))))
                  (else (local.set $top (local.get $middle))))
                (br $halve)))
            (local.set $shift
              (f64.load
                (i32.add (global.get $SHIFTS) (i32.shl (i32.sub (local.get $pick) (i32.const 1)) (i32.const 3)))))))
        (f64.store (i32.add (local.get $now) (i32.shl (local.get $s) (i32.const 4))) (local.get $shift))
        (f64.store offset=8 (i32.add (local.get $now) (i32.shl (local.get $s) (i32.const 4))) (local.get $mean))
        (local.set $mean (f64.add (local.get $mean) (local.get $shift)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $shiftYear)))
    (if (global.get $plain)
      (then
        ;; x = ((TOTALS[j] + shift) + REVERTED[j]) + CHANGES[...], the general loop's order of operations
        (local.set $shift (f64.load (local.get $now)))
        (local.set $reverted (global.get $REVERTED))
        (loop $plainProvince
          ;; xoshiro128**
          (local.set $m (i32.mul (local.get $s1) (i32.const 5)))
          (local.set $r (i32.mul (i32.rotl (local.get $m) (i32.const 7)) (i32.const 9)))
          (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
          (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
          (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
          (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
          (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
          (local.set $at (i32.shl (local.get $j) (i32.const 3)))
          (local.set $x
            (f64.add
              (f64.add
                (f64.add (f64.load (i32.add (local.get $totals) (local.get $at))) (local.get $shift))
                (f64.load (i32.add (local.get $reverted) (local.get $at))))
              (f64.load
                (i32.add (local.get $changes)
                  (i32.shl
                    (i32.wrap_i64
                      (i64.shr_u (i64.mul (i64.extend_i32_u (local.get $r)) (local.get $pool)) (i64.const 32)))
                    (i32.const 3))))))
          (f64.store (i32.add (local.get $values) (local.get $at)) (local.get $x))
          (if (f64.lt (local.get $x) (local.get $low)) (then (local.set $low (local.get $x))))
          (if (f64.gt (local.get $x) (local.get $high)) (then (local.set $high (local.get $x))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $plainProvince (i32.lt_s (local.get $j) (local.get $n)))))
      (else
    (block $done
      (loop $province
        (br_if $done (i32.ge_s (local.get $j) (local.get $n)))
        (local.set $x (f64.load (i32.add (local.get $totals) (i32.shl (local.get $j) (i32.const 3)))))
        (if (i32.load (i32.add (local.get $moves) (i32.shl (local.get $j) (i32.const 2))))
          (then
            (local.set $s (i32.const 0))
            (block $moved
              (loop $move
                (br_if $moved (i32.ge_s (local.get $s) (local.get $steps)))
                ;; xoshiro128**
                (local.set $m (i32.mul (local.get $s1) (i32.const 5)))
                (local.set $r (i32.mul (i32.rotl (local.get $m) (i32.const 7)) (i32.const 9)))
                (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
                (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
                (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
                (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
                (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
                (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
                (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
                (local.set $at (i32.add (local.get $now) (i32.shl (local.get $s) (i32.const 4))))
                (local.set $x
                  (f64.add
                    (f64.add
                      (f64.add (local.get $x) (f64.load (local.get $at)))
                      (f64.mul (local.get $reversion) (f64.sub (local.get $x) (f64.load offset=8 (local.get $at)))))
                    (f64.load
                      (i32.add (local.get $changes)
                        (i32.shl
                          (i32.wrap_i64
                            (i64.shr_u (i64.mul (i64.extend_i32_u (local.get $r)) (local.get $pool)) (i64.const 32)))
                          (i32.const 3))))))
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $move)))))
        ;; no noise (a moving province: its changes contain it), no draw
        (if (f64.ne (f64.load (i32.add (local.get $noise) (i32.shl (local.get $j) (i32.const 3)))) (f64.const 0))
          (then
            ;; xoshiro128**
            (local.set $m (i32.mul (local.get $s1) (i32.const 5)))
            (local.set $r (i32.mul (i32.rotl (local.get $m) (i32.const 7)) (i32.const 9)))
            (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
            (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
            (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
            (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
            (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
            (local.set $layer (i32.and (local.get $r) (i32.const 127)))
            (local.set $position (i32.shr_s (local.get $r) (i32.const 7)))
            (if
              (i32.lt_s
                (select
                  (i32.sub (i32.const 0) (local.get $position))
                  (local.get $position)
                  (i32.lt_s (local.get $position) (i32.const 0)))
                (i32.load (i32.add (local.get $K) (i32.shl (local.get $layer) (i32.const 2)))))
              (then
                ;; x += noise * (position * W[layer]), in that order (as the TypeScript kernel did)
                (local.set $x
                  (f64.add (local.get $x)
                    (f64.mul
                      (f64.load (i32.add (local.get $noise) (i32.shl (local.get $j) (i32.const 3))))
                      (f64.mul
                        (f64.convert_i32_s (local.get $position))
                        (f64.load (i32.add (local.get $W) (i32.shl (local.get $layer) (i32.const 3)))))))))
              (else
                (local.set $at (i32.add (global.get $PENDING) (i32.mul (local.get $pending) (i32.const 12))))
                (i32.store offset=0 (local.get $at) (local.get $j))
                (i32.store offset=4 (local.get $at) (local.get $position))
                (i32.store offset=8 (local.get $at) (local.get $layer))
                (local.set $pending (i32.add (local.get $pending) (i32.const 1)))))))
        (f64.store (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3))) (local.get $x))
        (if (f64.lt (local.get $x) (local.get $low)) (then (local.set $low (local.get $x))))
        (if (f64.gt (local.get $x) (local.get $high)) (then (local.set $high (local.get $x))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $province)))))
    (i32.store offset=0 (global.get $STATE) (local.get $s0))
    (i32.store offset=4 (global.get $STATE) (local.get $s1))
    (i32.store offset=8 (global.get $STATE) (local.get $s2))
    (i32.store offset=12 (global.get $STATE) (local.get $s3))
    (local.set $j (i32.const 0))
    (block $finished
      (loop $rejected
        (br_if $finished (i32.ge_s (local.get $j) (local.get $pending)))
        (local.set $at (i32.add (global.get $PENDING) (i32.mul (local.get $j) (i32.const 12))))
        (local.set $s (i32.load offset=0 (local.get $at)))
        (call $slowNormal (local.get $s) (i32.load offset=4 (local.get $at)) (i32.load offset=8 (local.get $at)))
        ;; the finished value may lie outside the range seen so far (which may be wider than the draw's: harmless)
        (local.set $x (f64.load (i32.add (local.get $values) (i32.shl (local.get $s) (i32.const 3)))))
        (if (f64.lt (local.get $x) (local.get $low)) (then (local.set $low (local.get $x))))
        (if (f64.gt (local.get $x) (local.get $high)) (then (local.set $high (local.get $x))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rejected)))
    (global.set $low (local.get $low))
    (global.set $high (local.get $high)))


  ;; This draw's VALUES into SORTED (highest first) and ORDER without a general sort: each value goes into one of 2n
  ;; equal-width buckets between the draw's lowest and highest value (bucket 0 the highest; $draw measured the range
  ;; on the way), then an insertion sort puts in order the values that share a bucket (about 20 pairs a draw for
  ;; totals spread like PAPI's: twice as many buckets as values halves them, more buckets cost more than they save).
  ;; Linear on average. Values that are equal may end in either order: ranks depend only on the values.
  (func $sort (export "sort")
    (local $j i32) (local $n i32) (local $v f64) (local $low f64) (local $high f64) (local $scale f64)
    (local $b i32) (local $sum i32) (local $count i32) (local $k i32) (local $i i32) (local $p i32) (local $at i32)
    (local $values i32) (local $sorted i32) (local $order i32) (local $bucketOf i32) (local $bucketStart i32)
    (local.set $n (global.get $n))
    (local.set $values (global.get $VALUES))
    (local.set $sorted (global.get $SORTED))
    (local.set $order (global.get $ORDER))
    (local.set $bucketOf (global.get $BUCKET_OF))
    (local.set $bucketStart (global.get $BUCKET_START))
    (local.set $low (global.get $low))
    (local.set $high (global.get $high))
    (local.set $scale
      (select
        (f64.div
          (f64.convert_i32_s (i32.sub (i32.mul (local.get $n) (i32.const 2)) (i32.const 1)))
          (f64.sub (local.get $high) (local.get $low)))
        (f64.const 0)
        (f64.gt (local.get $high) (local.get $low))))
    ;; count per bucket
    (local.set $j (i32.const 0))
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_s (local.get $j) (local.get $n)))
        (local.set $b
          (i32.trunc_sat_f64_s
            (f64.mul
              (f64.sub (local.get $high)
                (f64.load (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3)))))
              (local.get $scale))))
        (i32.store (i32.add (local.get $bucketOf) (i32.shl (local.get $j) (i32.const 2))) (local.get $b))
        (local.set $at (i32.add (local.get $bucketStart) (i32.shl (local.get $b) (i32.const 2))))
        (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $count)))
    ;; counts -> first slot of each bucket
    (local.set $b (i32.const 0))
    (block $summed
      (loop $sum
        (br_if $summed (i32.gt_s (local.get $b) (i32.mul (local.get $n) (i32.const 2))))
        (local.set $at (i32.add (local.get $bucketStart) (i32.shl (local.get $b) (i32.const 2))))
        (local.set $count (i32.load (local.get $at)))
        (i32.store (local.get $at) (local.get $sum))
        (local.set $sum (i32.add (local.get $sum) (local.get $count)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $sum)))
    ;; place each value in its bucket
    (local.set $j (i32.const 0))
    (block $placed
      (loop $place
        (br_if $placed (i32.ge_s (local.get $j) (local.get $n)))
        (local.set $at
          (i32.add (local.get $bucketStart)
            (i32.shl (i32.load (i32.add (local.get $bucketOf) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 2))))
        (local.set $k (i32.load (local.get $at)))
        (i32.store (local.get $at) (i32.add (local.get $k) (i32.const 1)))
        (i32.store (i32.add (local.get $order) (i32.shl (local.get $k) (i32.const 2))) (local.get $j))
        (f64.store (i32.add (local.get $sorted) (i32.shl (local.get $k) (i32.const 3)))
          (f64.load (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $place)))
    ;; insertion sort of the nearly sorted result
    (local.set $k (i32.const 1))
    (block $ordered
      (loop $insert
        (br_if $ordered (i32.ge_s (local.get $k) (local.get $n)))
        (local.set $v (f64.load (i32.add (local.get $sorted) (i32.shl (local.get $k) (i32.const 3)))))
        (if
          (f64.lt
            (f64.load (i32.add (local.get $sorted) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 3))))
            (local.get $v))
          (then
            (local.set $p (i32.load (i32.add (local.get $order) (i32.shl (local.get $k) (i32.const 2)))))
            (local.set $i (i32.sub (local.get $k) (i32.const 1)))
            (block $shifted
              (loop $shift
                (f64.store offset=8 (i32.add (local.get $sorted) (i32.shl (local.get $i) (i32.const 3)))
                  (f64.load (i32.add (local.get $sorted) (i32.shl (local.get $i) (i32.const 3)))))
                (i32.store offset=4 (i32.add (local.get $order) (i32.shl (local.get $i) (i32.const 2)))
                  (i32.load (i32.add (local.get $order) (i32.shl (local.get $i) (i32.const 2)))))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (br_if $shifted (i32.lt_s (local.get $i) (i32.const 0)))
                (br_if $shift
                  (f64.lt
                    (f64.load (i32.add (local.get $sorted) (i32.shl (local.get $i) (i32.const 3))))
                    (local.get $v)))))
            (f64.store offset=8 (i32.add (local.get $sorted) (i32.shl (local.get $i) (i32.const 3))) (local.get $v))
            (i32.store offset=4 (i32.add (local.get $order) (i32.shl (local.get $i) (i32.const 2))) (local.get $p))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $insert)))
    (memory.fill (local.get $bucketStart) (i32.const 0)
      (i32.shl (i32.add (i32.mul (local.get $n) (i32.const 2)) (i32.const 1)) (i32.const 2))))

  ;; `count` draws with every province's rank counted: HIST[p * n + rank - 1] += 1. The one ranking rule
  ;; (scoring/score-order.ts): rank - 1 = how many values are higher beyond epsilon. Walking down the order: clear of
  ;; the previous value, that is every value before; within it (a tie), the previous value's count, moved forward past
  ;; any value still above the bar.
  (func (export "rankAll") (param $count i32)
    (local $iteration i32) (local $n i32) (local $k i32) (local $above i32) (local $bar f64) (local $at i32)
    (local $sorted i32) (local $order i32) (local $hist i32) (local $epsilon f64)
    (local.set $n (global.get $n))
    (local.set $sorted (global.get $SORTED))
    (local.set $order (global.get $ORDER))
    (local.set $hist (global.get $HIST))
    (local.set $epsilon (global.get $epsilon))
    (block $done
      (loop $draws
        (br_if $done (i32.ge_s (local.get $iteration) (local.get $count)))
        (call $draw)
        (call $sort)
        (local.set $at
          (i32.add (local.get $hist) (i32.shl (i32.mul (i32.load (local.get $order)) (local.get $n)) (i32.const 2))))
        (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
        (local.set $above (i32.const 0))
        (local.set $k (i32.const 1))
        (block $walked
          (loop $walk
            (br_if $walked (i32.ge_s (local.get $k) (local.get $n)))
            (local.set $bar
              (f64.add
                (f64.load (i32.add (local.get $sorted) (i32.shl (local.get $k) (i32.const 3))))
                (local.get $epsilon)))
            (if
              (f64.gt
                (f64.load (i32.add (local.get $sorted) (i32.shl (i32.sub (local.get $k) (i32.const 1)) (i32.const 3))))
                (local.get $bar))
              (then (local.set $above (local.get $k)))
              (else
                (block $cleared
                  (loop $tie
                    (br_if $cleared
                      (i32.eqz
                        (f64.gt
                          (f64.load (i32.add (local.get $sorted) (i32.shl (local.get $above) (i32.const 3))))
                          (local.get $bar))))
                    (local.set $above (i32.add (local.get $above) (i32.const 1)))
                    (br $tie)))))
            (local.set $at
              (i32.add (local.get $hist)
                (i32.shl
                  (i32.add
                    (i32.mul
                      (i32.load (i32.add (local.get $order) (i32.shl (local.get $k) (i32.const 2))))
                      (local.get $n))
                    (local.get $above))
                  (i32.const 2))))
            (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $walk)))
        (local.set $iteration (i32.add (local.get $iteration) (i32.const 1)))
        (br $draws))))

  ;; `count` draws with the rank of province `target` counted: HIST[rank - 1] += 1 (rank = 1 + how many values are
  ;; higher beyond epsilon); returns how often rank <= wantedRank (0: no rank goal).
  (func (export "rankOne") (param $count i32) (param $target i32) (param $wantedRank i32) (result i32)
    (local $iteration i32) (local $n i32) (local $j i32) (local $rank i32) (local $bar f64) (local $hits i32)
    (local $at i32) (local $values i32)
    (local.set $n (global.get $n))
    (local.set $values (global.get $VALUES))
    (block $done
      (loop $draws
        (br_if $done (i32.ge_s (local.get $iteration) (local.get $count)))
        (call $draw)
        (local.set $bar
          (f64.add
            (f64.load (i32.add (local.get $values) (i32.shl (local.get $target) (i32.const 3))))
            (global.get $epsilon)))
        (local.set $rank (i32.const 1))
        (local.set $j (i32.const 0))
        (block $counted
          (loop $count
            (br_if $counted (i32.ge_s (local.get $j) (local.get $n)))
            (local.set $rank
              (i32.add (local.get $rank)
                (f64.gt
                  (f64.load (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3))))
                  (local.get $bar))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $count)))
        (local.set $at (i32.add (global.get $HIST) (i32.shl (i32.sub (local.get $rank) (i32.const 1)) (i32.const 2))))
        (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
        (local.set $hits (i32.add (local.get $hits) (i32.le_s (local.get $rank) (local.get $wantedRank))))
        (local.set $iteration (i32.add (local.get $iteration) (i32.const 1)))
        (br $draws)))
    (local.get $hits))
)
