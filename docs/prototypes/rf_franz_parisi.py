"""
Prototype, not used by PhaseLab (kept as the independent check the Java tests compare with): Franz-Parisi local entropy of the random-features perceptron
(docs/random-features.md, "Local entropy and alpha_LE: derivation status"). numpy/scipy, slow (~10 s a point).

Part 1 (solve2): the typical RS saddle, same equations as org.phaselab.theory.randomfeatures.
Part 2 (Phi): the FP functional  Phi = -q1h(1-q1)/2 - Sh S + ph p + G_S + gamma phi_s^FP + G_E^FP  over
  x = (q1, p, q1h, ph, Sh, r1, q1s, Ss, ps, m1) at fixed S (THEORY.md section 3 for the weight part; latent and
  energetic parts derived in docs/random-features.md).
Part 3 (solve): damped iteration; conjugates from finite-difference gradients, Sh from S = E_S[tanh h],
  latent overlaps by Newton on the algebraic latent equations with the energetic fields frozen.
Checks passed so far (alpha = 0.6, alpha_D = 1, kappa = kappaRef = 0): the FP maximum sits at S = q~w with
  students equal to references and Phi = phi_RF (to the quadrature error 1e-4 of the coarse grids);
  phi_FP(S) < phi_RF and < H2(d) at S = 0.3 ... 0.6; with k1 = 0 the latent part goes to its free point
  (r1 = 1, q1s = q1, Ss = S, ps = p, m1 = 0) with phi_s^FP = 0, i.e. the storage FP of THEORY.md section 3.
Not checked: small d (S -> 1, sharp integrands), references at kappa_max, the storage number 0.729.
"""
import numpy as np
from scipy.special import log_ndtr, ndtr
L=12; h=0.005
z=np.arange(-L,L+h/2,h); w=np.exp(-z*z/2); w/=w.sum()
def H(x): return ndtr(-x)
def lnH(x): return log_ndtr(-x)
def GH(x): return np.exp(-x*x/2-0.5*np.log(2*np.pi)-lnH(x))
def G(x): return np.exp(-x*x/2)/np.sqrt(2*np.pi)
k1=np.sqrt(2/np.pi); ks2=1-2/np.pi
def E(alpha,rho,vs,vq,kappa=0.0,k1=k1):
    a=rho/np.sqrt(vq-rho**2); s=np.sqrt(vs-vq); nu=np.sqrt(vq)
    u=(kappa-nu*z)/s
    return alpha*2*np.sum(w*H(-a*z)*lnH(u))
def dE(alpha,rho,vs,vq,kappa=0.0):
    d=vq-rho**2; a=rho/np.sqrt(d); s=np.sqrt(vs-vq); nu=np.sqrt(vq)
    u=(kappa-nu*z)/s; lh=lnH(u); gh=GH(u); Ha=H(-a*z); zg=z*G(a*z)
    dR=2*alpha*np.sum(w*zg*lh)*vq/d**1.5
    dVs=2*alpha*np.sum(w*Ha*gh*u)/(2*s*s)
    dadvq=-rho/(2*d**1.5)
    dudvq=-z/(2*nu*s)+u/(2*s*s)
    dVq=2*alpha*np.sum(w*(zg*dadvq*lh - Ha*gh*dudvq))
    return dR,dVs,dVq
def phis(m,r,qs,qw):
    D=r-qs; d=1-qw
    return 0.5*np.log(D/d)+(r-m*m)/(2*D)-(qw+r)/(2*d)+qw*D/(2*d*d)
def dphis_dqw(m,r,qs,qw):
    D=r-qs; d=1-qw
    return -(qw+qs)/(2*d*d)+qw*D/d**3
def phiW(qh):
    return -qh/2+np.sum(w*np.log(2*np.cosh(np.sqrt(qh)*z)))
def solve(alpha,alphaD,kappa=0.0,k1=k1,ks2=ks2,damp=0.5,it=2000,verbose=False):
    g=alpha/alphaD
    qw,m,r,qs=0.3,0.1,1.0,0.3
    for i in range(it):
        rho=k1*m; vs=k1*k1*r+ks2; vq=k1*k1*qs+ks2*qw
        dR,dVs,dVq=dE(alpha,rho,vs,vq,kappa)
        A=k1*k1*dVs/g; B=k1*k1*dVq/g; C=k1*dR/g
        qh=-2*g*dphis_dqw(m,r,qs,qw)-2*ks2*dVq
        qwn=np.sum(w*np.tanh(np.sqrt(max(qh,0))*z)**2)
        d=1-qw
        Dl=1/(1/d-2*(A+B)); mn=C*Dl; rn=mn*mn+Dl-2*B*Dl*Dl+qw*Dl*Dl/d**2; qsn=rn-Dl
        new=np.array([qwn,mn,rn,qsn]); old=np.array([qw,m,r,qs])
        res=np.max(np.abs(new-old))
        qw,m,r,qs=damp*new+(1-damp)*old
        if verbose and i%50==0: print(i,qw,m,r,qs,qh,res)
        if res<1e-12: break
    rho=k1*m; vs=k1*k1*r+ks2; vq=k1*k1*qs+ks2*qw
    phi=phiW(qh)+qh*(1-qw)/2 - qh*(1-qw)/2  # placeholder
    # phi_W(qw) = -qh(1-qw)/2 + int ln2cosh
    pW=-qh*(1-qw)/2+np.sum(w*np.log(2*np.cosh(np.sqrt(qh)*z)))
    phi=pW+g*phis(m,r,qs,qw)+E(alpha,rho,vs,vq,kappa)
    eps=np.arccos(rho/np.sqrt(vs))/np.pi
    return dict(phi=phi,qw=qw,m=m,r=r,qs=qs,qh=qh,it=i,res=res,eps=eps,epsB=np.arccos(rho/np.sqrt(vq))/np.pi)

# ---- typical saddle (stable form) ----
from scipy.optimize import brentq
def solve2(alpha,alphaD,kappa=0.0,k1=k1,ks2=ks2,damp=0.5,it=3000,verbose=False,init=(0.3,0.1,1.0,0.3)):
    g=alpha/alphaD
    qw,m,r,qs=init
    for i in range(it):
        rho=k1*m; vs=k1*k1*r+ks2; vq=k1*k1*qs+ks2*qw
        dR,dVs,dVq=dE(alpha,rho,vs,vq,kappa)
        A=k1*k1*dVs/g; B=k1*k1*dVq/g; C=k1*dR/g
        d=1-qw
        Dl=1/(1/d-2*(A+B))
        qh=-2*ks2*dVq - g*(Dl/d)**2*(2*B-C*C-4*qw*(A+B)**2)
        qwn=np.sum(w*np.tanh(np.sqrt(max(qh,0))*z)**2)
        mn=C*Dl; rn=mn*mn+Dl-2*B*Dl*Dl+qw*Dl*Dl/d**2; qsn=rn-Dl
        new=np.array([qwn,mn,rn,qsn]); old=np.array([qw,m,r,qs])
        res=np.max(np.abs(new-old))
        qw,m,r,qs=damp*new+(1-damp)*old
        if verbose and i%50==0: print(i,qw,m,r,qs,qh,res)
        if res<1e-12: break
    rho=k1*m; vs=k1*k1*r+ks2; vq=k1*k1*qs+ks2*qw
    pW=-qh*(1-qw)/2+np.sum(w*np.log(2*np.cosh(np.sqrt(qh)*z)))
    phi=pW+g*phis(m,r,qs,qw)+E(alpha,rho,vs,vq,kappa)
    return dict(phi=phi,qw=qw,m=m,r=r,qs=qs,qh=qh,it=i,res=res,eps=np.arccos(rho/np.sqrt(vs))/np.pi,epsB=np.arccos(rho/np.sqrt(vq))/np.pi)

# ---- Franz-Parisi functional ----
from scipy.optimize import root
k1s=np.sqrt(2/np.pi); ks2s=1-2/np.pi
def H(x): return ndtr(-x)
def lnH(x): return log_ndtr(-x)
def GH(x): return np.exp(-x*x/2-0.5*np.log(2*np.pi)-lnH(x))
def gauss_grid(L,h):
    z=np.arange(-L,L+h/2,h); w=np.exp(-z*z/2); return z,w/w.sum()
Z0,W0=gauss_grid(8,0.1)
Z1,W1=gauss_grid(7,0.1)
TT=np.linspace(-10,3.5,120); DT=TT[1]-TT[0]
def lncosh2(x): ax=np.abs(x); return ax+np.log1p(np.exp(-2*ax))

def reference(alpha,alphaD,kappaRef,k1=k1s,ks2=ks2s):
    s=solve2(alpha,alphaD,kappa=kappaRef,k1=k1,ks2=ks2)
    return s

def LD(dt,ct,d,c1,e,f):
    k0=(e*e-f*f)/(dt-ct)-ct*(e-f)**2/(dt-ct)**2
    return np.log(d-c1)+(c1-k0)/(d-c1), k0
def TR(Mw,Ns):
    dt,ct,d,c1,e,f=Mw; dtp,ctp,dp,c1p,ep,fp=Ns
    _,k0=LD(dt,ct,d,c1,e,f)
    gam=(c1-k0)/(d-c1)**2
    al=1/(dt-ct); be=ct/(dt-ct)**2; g=e-f; gp=ep-fp
    a1=al*f-be*g; a2=al*g
    mu0=fp*a2+gp*(a1+a2)
    lam0=(dtp-ctp)*(2*a1*a2+a2*a2)+ctp*a2*a2
    return dp/(d-c1)-gam*(dp-c1p)+(lam0-2*mu0)/(d-c1)
def phis_fp(lat,w,ref):
    r1,q1s,Ss,ps,m1=lat; q1,p,S=w
    qt,rt,qst,mt=ref['qw'],ref['r'],ref['qs'],ref['m']
    Mw=(1,qt,1,q1,S,p); Ns=(rt,qst,r1,q1s,Ss,ps)
    Nm=(rt-mt*mt,qst-mt*mt,r1-m1*m1,q1s-m1*m1,Ss-mt*m1,ps-mt*m1)
    ldm,_=LD(*Nm); ldw,_=LD(*Mw)
    return 0.5*ldm-0.5*ldw-0.5*TR(Mw,Ns)+0.5

def GE_fp(alpha,kappa,kappaRef,lat,w,ref,k1,ks2):
    r1,q1s,Ss,ps,m1=lat; q1,p,S=w
    vst=k1*k1*ref['r']+ks2; vqt=k1*k1*ref['qs']+ks2*ref['qw']; rhot=k1*ref['m']
    vs=k1*k1*r1+ks2; v1=k1*k1*q1s+ks2*q1; vS=k1*k1*Ss+ks2*S; vp=k1*k1*ps+ks2*p; rho1=k1*m1
    sigt=np.sqrt(vst-vqt); a0=vp/np.sqrt(vqt); A=(vS-vp)/sigt
    B2=v1-vp*vp/vqt-A*A
    if B2<-1e-14 or vs-v1<=0: return np.nan
    B=np.sqrt(max(B2,0)); sig1=np.sqrt(vs-v1)
    c0=rhot/np.sqrt(vqt); c2=0.0 if B<1e-12 else (rho1-c0*a0)/B
    tau2=1-c0*c0-c2*c2
    if tau2<=0: return np.nan
    tau=np.sqrt(tau2)
    z0=Z0[:,None,None]; z1=Z1[None,None,:]
    ut=(kappaRef-np.sqrt(vqt)*Z0)/sigt  # (n0)
    y=np.exp(TT)[None,:]                  # (1,nt)
    wx=GH(ut)[:,None]*np.exp(-ut[:,None]*y-y*y/2)*y*DT   # (n0,nt) normalized truncated weights
    x1=(ut[:,None]+y)[:,:,None]
    lab=H(-(c0*z0+c2*z1)/tau)
    v=(kappa-a0*z0-A*x1-B*z1)/sig1
    inner=np.sum(lab*lnH(v)*W1[None,None,:],axis=2)  # (n0,nt)
    return 2*alpha*np.sum(W0*np.sum(wx*inner,axis=1))

def GS(conj,qth):
    q1h,ph,Sh=conj
    z0=Z0[:,None]; z1=Z1[None,:]
    rad=q1h-ph*ph/qth
    if rad<0: return np.nan
    h=(ph/np.sqrt(qth))*z0+np.sqrt(rad)*z1+Sh-ph
    return np.sum(W0[:,None]*(1+np.tanh(np.sqrt(qth)*z0))*W1[None,:]*lncosh2(h))

def Phi(x,S,alpha,alphaD,kappa,kappaRef,ref,k1,ks2):
    q1,p,q1h,ph,Sh,r1,q1s,Ss,ps,m1=x
    g=alpha/alphaD
    ent=-q1h*(1-q1)/2-Sh*S+ph*p+GS((q1h,ph,Sh),ref['qh'])
    lat=(r1,q1s,Ss,ps,m1); w=(q1,p,S)
    return ent+g*phis_fp(lat,w,ref)+GE_fp(alpha,kappa,kappaRef,lat,w,ref,k1,ks2)

def grad(x,*args,h=1e-6):
    gr=np.zeros(len(x))
    for i in range(len(x)):
        e=np.zeros(len(x)); e[i]=h
        gr[i]=(Phi(x+e,*args)-Phi(x-e,*args))/(2*h)
    return gr

# ---- FP solver (coarser grids) ----
from scipy.optimize import brentq
# coarser grids
Z0,W0=gauss_grid(7,0.2)
Z1,W1=gauss_grid(6,0.25)
TT=np.linspace(-8,3.2,50); DT=TT[1]-TT[0]
def GS_parts(q1h,ph,Sh,qth):
    z0=Z0[:,None]; z1=Z1[None,:]
    rad=max(q1h-ph*ph/qth,1e-14)
    h=(ph/np.sqrt(qth))*z0+np.sqrt(rad)*z1+Sh-ph
    wt=W0[:,None]*(1+np.tanh(np.sqrt(qth)*z0))*W1[None,:]
    th=np.tanh(h)
    Sv=np.sum(wt*th); q1=np.sum(wt*th*th); z0t=np.sum(wt*z0*th)
    p=Sv+(ph/qth)*(1-q1)-z0t/np.sqrt(qth)   # THEORY.md section 3
    return Sv,q1,p
def L(v,S,alpha,aD,kap,kapRef,ref,k1,ks2):
    q1,p,r1,q1s,Ss,ps,m1=v
    return (alpha/aD)*phis_fp((r1,q1s,Ss,ps,m1),(q1,p,S),ref)+GE_fp(alpha,kap,kapRef,(r1,q1s,Ss,ps,m1),(q1,p,S),ref,k1,ks2)
def dL(v,*a,h=1e-6):
    g=np.zeros(7)
    for i in range(7):
        e=np.zeros(7); e[i]=h
        g[i]=(L(v+e,*a)-L(v-e,*a))/(2*h)
    return g
def dphis(v,S,ref,h=1e-7):
    g=np.zeros(5)
    for i in range(5):
        e=np.zeros(7); e[2+i]=h
        vp=v+e; vm=v-e
        g[i]=(phis_fp(vp[2:],(vp[0],vp[1],S),ref)-phis_fp(vm[2:],(vm[0],vm[1],S),ref))/(2*h)
    return g
def solve(S,alpha,aD,kap,kapRef,ref,v0,k1=k1s,ks2=ks2s,damp=0.5,it=300,tol=1e-8,verbose=False):
    a=(S,alpha,aD,kap,kapRef,ref,k1,ks2); g=alpha/aD
    v=np.array(v0,float); Sh=ref['qh']
    for i in range(it):
        d=dL(v,*a)
        q1h=-2*d[0]; ph=-d[1]
        fGE=d[2:]-g*dphis(v,S,ref)      # energetic part of latent gradient, frozen
        Sh=brentq(lambda x: GS_parts(q1h,ph,x,ref['qh'])[0]-S, -50,50)
        _,q1n,pn=GS_parts(q1h,ph,Sh,ref['qh'])
        # latent: solve g*dphis(lat)+fGE=0 by Newton (algebraic)
        lat=v[2:].copy(); w=np.array([q1n,pn])
        vv=np.concatenate([w,lat])
        for k in range(30):
            F=g*dphis(vv,S,ref)+fGE
            J=np.zeros((5,5))
            for j in range(5):
                e=np.zeros(7); e[2+j]=1e-5
                J[:,j]=(g*dphis(vv+e,S,ref)-g*dphis(vv-e,S,ref))/2e-5
            step=np.linalg.solve(J,-F); vv[2:]+=step
            if np.max(np.abs(step))<1e-12: break
        new=vv
        res=np.max(np.abs(new-v))
        v=damp*new+(1-damp)*v
        if verbose: print(i,res,np.round(v,5),q1h,ph,Sh)
        if res<tol: break
    return v,res,i,(q1h,ph,Sh)
def phi_fp(S,v,conj,alpha,aD,kap,kapRef,ref,k1=k1s,ks2=ks2s):
    q1h,ph,Sh=conj
    x=np.array([v[0],v[1],q1h,ph,Sh,*v[2:]])
    return Phi(x,S,alpha,aD,kap,kapRef,ref,k1,ks2)
