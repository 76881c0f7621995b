// The classic-control vector envs on the device, one thread per env: the physics of core's CartPolePhysics,
// AcrobotPhysics, MountainCarPhysics and PendulumPhysics (Gymnasium's equations, in double precision, states in
// double as the Java SoA envs keep them), a time limit, and same-step autoreset: when a step ends an episode,
// the observation of its last state goes to finalObs (if not null), the env is reset from its own splitmix64
// stream, and obs holds the new episode's first observation.
// Arrays: state [n x STATE] double, steps [n] (steps of the current episode), rng [n] (one stream per env),
// episodeReturn [n] double (running return), obs/finalObs [n x OBS], reward/terminated/truncated [n] float
// (flags 0 or 1), ended [n] double (1 where an episode ended, its return in endedReturn, its length in
// endedLength; 0 elsewhere). Actions: int for discrete envs, float for continuous ones.

#define PI 3.141592653589793

#include "splitmix64.cuh"

// NumPy's uniform(low, high), as core's ResetSampling.
__device__ double uniform(unsigned long long* state, double low, double high) {
    return low + (high - low) * uniform01(state);
}

// One independent stream per element: rng[i] from the seed and i (shared by every kernel that draws).
extern "C" __global__ void seed_streams(unsigned long long* rng, int n, unsigned long long seed) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        unsigned long long s = seed ^ (0xD1B54A32D192ED03ULL * (unsigned long long) (i + 1));
        splitmix64(&s);
        rng[i] = s;
    }
}

struct CartPole {
    static const int STATE = 4;
    static const int OBS = 4;

    __device__ static void reset(double* s, unsigned long long* rng) {
        for (int k = 0; k < STATE; k++) {
            s[k] = uniform(rng, -0.05, 0.05);
        }
    }

    __device__ static void observe(const double* s, float* o) {
        for (int k = 0; k < OBS; k++) {
            o[k] = (float) s[k];
        }
    }

    __device__ static bool step(double* s, const void* actions, int i, double* reward) {
        const double gravity = 9.8, massPole = 0.1, totalMass = 1.1, length = 0.5, poleMassLength = 0.05, tau = 0.02;
        const double thetaThreshold = 12 * 2 * PI / 360, xThreshold = 2.4;
        int action = ((const int*) actions)[i];
        double x = s[0], xDot = s[1], theta = s[2], thetaDot = s[3];
        double force = 10.0 * (2 * action - 1);
        double costheta = cos(theta);
        double sintheta = sin(theta);
        double temp = (force + poleMassLength * (thetaDot * thetaDot) * sintheta) / totalMass;
        double thetaAcc = (gravity * sintheta - costheta * temp)
                / (length * (4.0 / 3.0 - massPole * (costheta * costheta) / totalMass));
        double xAcc = temp - poleMassLength * thetaAcc * costheta / totalMass;
        s[0] = x + tau * xDot;
        s[1] = xDot + tau * xAcc;
        s[2] = theta + tau * thetaDot;
        s[3] = thetaDot + tau * thetaAcc;
        *reward = 1.0;
        return s[0] < -xThreshold || s[0] > xThreshold || s[2] < -thetaThreshold || s[2] > thetaThreshold;
    }
};

struct Acrobot {
    static const int STATE = 4;
    static const int OBS = 6;

    __device__ static void reset(double* s, unsigned long long* rng) {
        for (int k = 0; k < STATE; k++) {
            s[k] = (float) uniform(rng, -0.1, 0.1);
        }
    }

    __device__ static void observe(const double* s, float* o) {
        o[0] = (float) cos(s[0]);
        o[1] = (float) sin(s[0]);
        o[2] = (float) cos(s[1]);
        o[3] = (float) sin(s[1]);
        o[4] = (float) s[2];
        o[5] = (float) s[3];
    }

    // The "book" equations' time derivative of y under torque a.
    __device__ static void dsdt(const double* y, double a, double* out) {
        const double m1 = 1.0, m2 = 1.0, l1 = 1.0, lc1 = 0.5, lc2 = 0.5, i1 = 1.0, i2 = 1.0, g = 9.8;
        double theta1 = y[0], theta2 = y[1], dtheta1 = y[2], dtheta2 = y[3];
        double cos2 = cos(theta2);
        double sin2 = sin(theta2);
        double d1 = m1 * (lc1 * lc1) + m2 * (l1 * l1 + lc2 * lc2 + 2 * l1 * lc2 * cos2) + i1 + i2;
        double d2 = m2 * (lc2 * lc2 + l1 * lc2 * cos2) + i2;
        double phi2 = m2 * lc2 * g * cos(theta1 + theta2 - PI / 2.0);
        double phi1 = -m2 * l1 * lc2 * (dtheta2 * dtheta2) * sin2 - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * sin2
                + (m1 * lc1 + m2 * l1) * g * cos(theta1 - PI / 2) + phi2;
        double ddtheta2 = (a + d2 / d1 * phi1 - m2 * l1 * lc2 * (dtheta1 * dtheta1) * sin2 - phi2)
                / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
        double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
        out[0] = dtheta1;
        out[1] = dtheta2;
        out[2] = ddtheta1;
        out[3] = ddtheta2;
    }

    __device__ static double wrap(double x, double lo, double hi) {
        double diff = hi - lo;
        while (x > hi) {
            x = x - diff;
        }
        while (x < lo) {
            x = x + diff;
        }
        return x;
    }

    __device__ static bool step(double* s, const void* actions, int i, double* reward) {
        const double dt = 0.2, maxVel1 = 4 * PI, maxVel2 = 9 * PI;
        double torque = ((const int*) actions)[i] - 1.0;
        double k1[4], k2[4], k3[4], k4[4], y[4];
        double dt2 = dt / 2.0;
        dsdt(s, torque, k1);
        for (int j = 0; j < 4; j++) {
            y[j] = s[j] + dt2 * k1[j];
        }
        dsdt(y, torque, k2);
        for (int j = 0; j < 4; j++) {
            y[j] = s[j] + dt2 * k2[j];
        }
        dsdt(y, torque, k3);
        for (int j = 0; j < 4; j++) {
            y[j] = s[j] + dt * k3[j];
        }
        dsdt(y, torque, k4);
        for (int j = 0; j < 4; j++) {
            s[j] = s[j] + dt / 6.0 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
        }
        s[0] = wrap(s[0], -PI, PI);
        s[1] = wrap(s[1], -PI, PI);
        s[2] = fmin(fmax(s[2], -maxVel1), maxVel1);
        s[3] = fmin(fmax(s[3], -maxVel2), maxVel2);
        bool terminated = -cos(s[0]) - cos(s[1] + s[0]) > 1.0;
        *reward = terminated ? 0.0 : -1.0;
        return terminated;
    }
};

// The mountain car's step after the velocity change: clip velocity and position, stop at the left wall.
__device__ void mountain_car_move(double* position, double* velocity) {
    *velocity = fmin(fmax(*velocity, -0.07), 0.07);
    *position = fmin(fmax(*position + *velocity, -1.2), 0.6);
    if (*position == -1.2 && *velocity < 0) {
        *velocity = 0;
    }
}

struct MountainCarBase {
    static const int STATE = 2;
    static const int OBS = 2;

    __device__ static void reset(double* s, unsigned long long* rng) {
        s[0] = uniform(rng, -0.6, -0.4);
        s[1] = 0.0;
    }

    __device__ static void observe(const double* s, float* o) {
        o[0] = (float) s[0];
        o[1] = (float) s[1];
    }
};

struct MountainCar : MountainCarBase {
    __device__ static bool step(double* s, const void* actions, int i, double* reward) {
        int action = ((const int*) actions)[i];
        double position = s[0];
        double velocity = s[1] + ((action - 1) * 0.001 + cos(3 * position) * (-0.0025));
        mountain_car_move(&position, &velocity);
        s[0] = position;
        s[1] = velocity;
        *reward = -1.0;
        return position >= 0.5 && velocity >= 0.0;
    }
};

struct MountainCarContinuous : MountainCarBase {
    __device__ static bool step(double* s, const void* actions, int i, double* reward) {
        double action = ((const float*) actions)[i];
        double position = s[0];
        double force = fmin(fmax(action, -1.0), 1.0);
        double velocity = s[1] + (force * 0.0015 - 0.0025 * cos(3 * position));
        mountain_car_move(&position, &velocity);
        bool terminated = position >= 0.45 && velocity >= 0.0;
        s[0] = (float) position;
        s[1] = (float) velocity;
        *reward = (terminated ? 100.0 : 0.0) - action * action * 0.1;
        return terminated;
    }
};

struct Pendulum {
    static const int STATE = 2;
    static const int OBS = 3;

    __device__ static void reset(double* s, unsigned long long* rng) {
        s[0] = uniform(rng, -PI, PI);
        s[1] = uniform(rng, -1.0, 1.0);
    }

    __device__ static void observe(const double* s, float* o) {
        o[0] = (float) cos(s[0]);
        o[1] = (float) sin(s[0]);
        o[2] = (float) s[1];
    }

    // ((x + pi) mod 2pi) - pi with NumPy's floored modulo.
    __device__ static double angle_normalize(double x) {
        double period = 2 * PI;
        double mod = fmod(x + PI, period);
        if (mod < 0) {
            mod += period;
        } else if (mod == 0) {
            mod = 0.0;
        }
        return mod - PI;
    }

    __device__ static bool step(double* s, const void* actions, int i, double* reward) {
        const double g = 10.0, m = 1.0, l = 1.0, dt = 0.05, maxSpeed = 8;
        double th = s[0], thdot = s[1];
        float u = fminf(fmaxf(((const float*) actions)[i], -2.0f), 2.0f);
        double an = angle_normalize(th);
        double costs = an * an + 0.1 * (thdot * thdot) + 0.001 * (double) (u * u);
        double newthdot = thdot + (3 * g / (2 * l) * sin(th) + 3.0 / (m * (l * l)) * u) * dt;
        newthdot = fmin(fmax(newthdot, -maxSpeed), maxSpeed);
        s[0] = th + newthdot * dt;
        s[1] = newthdot;
        *reward = -costs;
        return false;
    }
};

template <class Env>
__device__ void reset_all(double* state, int* steps, unsigned long long* rng, double* episodeReturn, float* obs, int n) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        double* s = state + (long long) i * Env::STATE;
        Env::reset(s, rng + i);
        steps[i] = 0;
        episodeReturn[i] = 0.0;
        Env::observe(s, obs + (long long) i * Env::OBS);
    }
}

template <class Env>
__device__ void step_all(double* state, int* steps, unsigned long long* rng, double* episodeReturn,
        const void* actions, float* obs, float* finalObs, float* reward, float* terminated, float* truncated,
        double* ended, double* endedReturn, double* endedLength, int n, int maxSteps) {
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
        double* s = state + (long long) i * Env::STATE;
        double r;
        bool term = Env::step(s, actions, i, &r);
        int length = steps[i] + 1;
        bool trunc = maxSteps > 0 && length >= maxSteps;
        double ret = episodeReturn[i] + r;
        reward[i] = (float) r;
        terminated[i] = term ? 1.0f : 0.0f;
        truncated[i] = trunc ? 1.0f : 0.0f;
        bool done = term || trunc;
        ended[i] = done ? 1.0 : 0.0;
        endedReturn[i] = done ? ret : 0.0;
        endedLength[i] = done ? length : 0.0;
        if (done) {
            if (finalObs != 0) {
                Env::observe(s, finalObs + (long long) i * Env::OBS);
            }
            Env::reset(s, rng + i);
            steps[i] = 0;
            episodeReturn[i] = 0.0;
        } else {
            steps[i] = length;
            episodeReturn[i] = ret;
        }
        Env::observe(s, obs + (long long) i * Env::OBS);
    }
}

#define ENV_KERNELS(name, Env)                                                                                      \
    extern "C" __global__ void name##_reset(double* state, int* steps, unsigned long long* rng,                      \
            double* episodeReturn, float* obs, int n) {                                                             \
        reset_all<Env>(state, steps, rng, episodeReturn, obs, n);                                                   \
    }                                                                                                               \
    extern "C" __global__ void name##_step(double* state, int* steps, unsigned long long* rng,                       \
            double* episodeReturn, const void* actions, float* obs, float* finalObs, float* reward,                 \
            float* terminated, float* truncated, double* ended, double* endedReturn, double* endedLength, int n,    \
            int maxSteps) {                                                                                         \
        step_all<Env>(state, steps, rng, episodeReturn, actions, obs, finalObs, reward, terminated, truncated,      \
                ended, endedReturn, endedLength, n, maxSteps);                                                      \
    }

ENV_KERNELS(cartpole, CartPole)
ENV_KERNELS(acrobot, Acrobot)
ENV_KERNELS(mountain_car, MountainCar)
ENV_KERNELS(mountain_car_continuous, MountainCarContinuous)
ENV_KERNELS(pendulum, Pendulum)
